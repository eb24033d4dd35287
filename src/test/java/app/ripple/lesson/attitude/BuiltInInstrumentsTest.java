package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInInstrumentsTest {

    @Test
    void schoolKindnessScaleHasTheFiveStatementsOfTheBriefAndItsCredit() {
        Instrument sks = BuiltInInstruments.SCHOOL_KINDNESS_SCALE;
        assertThat(sks.items()).extracting(i -> i.text("en")).containsExactly(
                "The adults in my school model kindness",
                "Kindness happens regularly in my classroom",
                "Kindness happens regularly in my school",
                "My teacher is kind",
                "At my school, I am encouraged to be kind");
        assertThat(sks.items()).noneMatch(Item::reverseScored);
        assertThat(sks.scale().min()).isEqualTo(1);
        assertThat(sks.scale().max()).isEqualTo(5);
        assertThat(sks.scale().labels().get("en")).containsExactly(
                "Disagree a lot", "Disagree a little", "Don't agree or disagree", "Agree a little", "Agree a lot");
        assertThat(sks.scale().labels().get("es")).hasSize(5);
        assertThat(sks.citation()).contains("Binfet", "Gadermann", "Schonert-Reichl", "2016", "Psychology in the Schools", "53(2)");
        assertThat(sks.validated()).isTrue();
        assertThat(sks.rippleTranslations()).containsExactly("es");
        assertThat(sks.items()).allSatisfy(i -> assertThat(i.text()).containsKeys("en", "es"));
    }

    @Test
    void stigmaCheckIsLabelledNotValidatedAndHasReverseItems() {
        Instrument check = BuiltInInstruments.STIGMA_CHECK;
        assertThat(check.validated()).isFalse();
        assertThat(check.title("en")).contains("not a validated instrument");
        assertThat(check.title("es")).contains("no es un instrumento validado");
        assertThat(check.citation()).contains("Not a validated instrument");
        assertThat(check.items()).hasSize(6);
        assertThat(check.items()).filteredOn(Item::reverseScored).extracting(i -> i.text("en"))
                .contains("People with mental health problems are scary.");
        assertThat(check.items()).filteredOn(i -> !i.reverseScored()).extracting(i -> i.text("en"))
                .contains("It is OK to talk about feelings.");
        assertThat(check.items()).allSatisfy(i -> assertThat(i.text()).containsKeys("en", "es"));
    }

    @Test
    void builtInsHaveStableDistinctIds() {
        assertThat(BuiltInInstruments.all()).extracting(Instrument::id)
                .containsExactly("school-kindness-scale", "ripple-stigma-check");
        assertThat(BuiltInInstruments.byId("ripple-stigma-check")).contains(BuiltInInstruments.STIGMA_CHECK);
        assertThat(BuiltInInstruments.all()).flatExtracting(Instrument::items).extracting(Item::id).doesNotHaveDuplicates();
    }

    /**
     * Licensed stigma scales must not be shipped. Their names may appear in comments and docs, but
     * nothing under src/main may define an instrument with their name as its title or id.
     */
    @Test
    void noLicensedScaleIsShipped() throws IOException {
        assertThat(BuiltInInstruments.all()).extracting(i -> i.id() + " " + i.title("en"))
                .noneMatch(s -> s.toUpperCase(Locale.ROOT).matches(".*\\b(MAKS|RIBS|CAMI|MICA)\\b.*"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/ripple/lesson"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                assertThat(code).as(f.toString())
                        .doesNotContainIgnoringCase("Mental Health Knowledge Schedule")
                        .doesNotContainIgnoringCase("Reported and Intended Behaviour Scale");
            }
        }
        assertThat(List.of(BuiltInInstruments.SCHOOL_KINDNESS_SCALE.citation(), BuiltInInstruments.STIGMA_CHECK.citation()))
                .noneMatch(c -> c.contains("Evans-Lacko"));
    }
}
