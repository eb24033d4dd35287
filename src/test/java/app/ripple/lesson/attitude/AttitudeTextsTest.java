package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.RippleI18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AttitudeTextsTest {

    private final RippleI18NProvider i18n = new RippleI18NProvider();

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/vaadin-i18n", name)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyIsInBothBundlesAndTextsWithArgumentsHaveNoAsciiApostrophe() throws IOException {
        Properties en = load("attitude.properties");
        Properties es = load("attitude_es.properties");
        List<String> keys = new ArrayList<>(AttitudeTexts.ALL);
        keys.addAll(InstrumentImporter.MESSAGE_KEYS);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(es.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
        for (Properties p : List.of(en, es)) {
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertThat(v).as(k).doesNotContain("'");
            }
        }
    }

    @Test
    void reportLinesFormatInBothLanguages() {
        // the ten-pair example of PairedAnalysisTest: mean change +0.30, CI -0.38 to 0.98, d_z 0.32, 30% worse
        var f = PairedAnalysis.analyze(List.of(new Pair(3, 4), new Pair(4, 3), new Pair(2, 3), new Pair(5, 4),
                new Pair(3, 4), new Pair(4, 5), new Pair(3, 2), new Pair(2, 3), new Pair(4, 5), new Pair(3, 3)), 1, 5);
        List<String> en = new ArrayList<>();
        List<String> es = new ArrayList<>();
        for (AttitudeTexts.Line line : AttitudeTexts.describe(f)) {
            en.add(i18n.getTranslation(line.key(), Locale.ENGLISH, line.args().toArray()));
            es.add(i18n.getTranslation(line.key(), RippleI18NProvider.SPANISH, line.args().toArray()));
        }
        assertThat(en).noneMatch(s -> s.startsWith("!")).noneMatch(s -> s.contains("{"));
        assertThat(es).noneMatch(s -> s.startsWith("!")).noneMatch(s -> s.contains("{"));
        assertThat(String.join("\n", en)).contains("10 students", "3.30", "3.60", "+0.30", "−0.38 to 0.98".replace("−", "-"),
                "d_z = 0.32", "30% of the students", "One class cannot prove an effect", "δ = 0.28", "d = 0.21",
                "d = 0.07", "About 180", "5,047", "about 3%", "includes 0");
        assertThat(String.join("\n", es)).contains("3,30", "+0,30", "-0,38 a 0,98", "d_z = 0,32", "30 %");
    }

    @Test
    void suppressedReportShowsNoFigureButTheReferences() {
        List<AttitudeTexts.Line> lines = AttitudeTexts.describe(new PairedResult.Suppressed());
        assertThat(lines).extracting(AttitudeTexts.Line::key).containsExactly(AttitudeTexts.SUPPRESSED,
                AttitudeTexts.REFERENCE_KINDNESS, AttitudeTexts.REFERENCE_STIGMA, AttitudeTexts.REFERENCE_POWER,
                AttitudeTexts.REFERENCE_WORSENED);
        assertThat(i18n.getTranslation(AttitudeTexts.SUPPRESSED, Locale.ENGLISH, PairedAnalysis.MIN_GROUP))
                .startsWith("Fewer than 5 students").contains("student’s");
    }

    @Test
    void importMessagesFormatWithTheirArguments() {
        assertThat(i18n.getTranslation(InstrumentImporter.SCALE_BOUNDS, Locale.ENGLISH, "5", "1", "0", "10"))
                .isEqualTo("The scale 5 to 1 is not possible. The lowest answer must be smaller than the highest, both between 0 and 10.");
        assertThat(i18n.getTranslation(InstrumentImporter.DUPLICATE_ITEM_ID, RippleI18NProvider.SPANISH, "q1", "8"))
                .contains("“q1”", "línea 8");
    }

    @Test
    void aDropIsWrittenWithAMinusSign() {
        assertThat(i18n.getTranslation(AttitudeTexts.MEAN_DIFFERENCE, Locale.ENGLISH, -0.4))
                .isEqualTo("On average, scores changed by −0.40 points (after minus before).");
        assertThat(i18n.getTranslation(AttitudeTexts.MEAN_DIFFERENCE, RippleI18NProvider.SPANISH, -0.4)).contains("−0,40");
        assertThat(i18n.getTranslation(AttitudeTexts.WORSENED, RippleI18NProvider.SPANISH, 0.04)).startsWith("El 4 % de");
    }
}
