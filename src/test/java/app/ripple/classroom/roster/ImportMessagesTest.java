package app.ripple.classroom.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The import texts: every key of {@link RosterMessages} in English and Spanish, formattable, same placeholders. */
class ImportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Objects.requireNonNull(ImportMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysInCode() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field f : RosterMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                keys.add((String) f.get(null));
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(text);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyIsInBothBundlesAndNothingElse() throws Exception {
        Properties en = load("import.properties");
        Properties es = load("import_es.properties");
        Set<String> keys = keysInCode();
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(en.stringPropertyNames()).isEqualTo(keys);
        assertThat(es.stringPropertyNames()).isEqualTo(keys);
    }

    @Test
    void textsFormatWithSamePlaceholdersAndNoAsciiApostrophes() throws Exception {
        Properties en = load("import.properties");
        Properties es = load("import_es.properties");
        for (String key : keysInCode()) {
            String enText = en.getProperty(key);
            String esText = es.getProperty(key);
            assertThat(enText).as(key).doesNotContain("'").isNotBlank();
            assertThat(esText).as(key).doesNotContain("'").isNotBlank();
            assertThat(placeholders(esText)).as(key).isEqualTo(placeholders(enText));
            Object[] args = placeholders(enText).stream().map(i -> "ARG" + i).toArray();
            String formatted = new MessageFormat(enText, Locale.ENGLISH).format(args);
            assertThat(formatted).as(key).doesNotContain("{");
            for (Object arg : args) {
                assertThat(formatted).as(key).contains((String) arg);
            }
            assertThat(new MessageFormat(esText, Locale.forLanguageTag("es")).format(args)).as(key).doesNotContain("{");
        }
    }

    @Test
    void problemsCarryAsManyArgumentsAsTheirTextUses() throws Exception {
        Properties en = load("import.properties");
        // every problem produced by the example packages and files has the arguments its text needs
        var previews = new java.util.ArrayList<ImportPreview>();
        previews.add(PlainCsvRosterParser.parse(("first_name,last_name,student_id\n,K\n" + "a".repeat(41) + ",b\nA,"
                + "b".repeat(41) + "\nA,B," + "c".repeat(41) + "\nA,B,1,x\nA\tB,C\nA,B\tC\nA,B,C\tD\nA,B,7\nA,B,7\nA,\"B\n")
                .getBytes(StandardCharsets.UTF_8)));
        OneRosterPackage pkg = OneRosterParser.parseFiles(java.util.Map.of(
                "users.csv", RosterFixtures.utf8("sourcedId,role,givenName,familyName,identifier\nu1,student,,K,1\nu2,teacher,A\tB,"
                        + "x".repeat(41) + ",1\nu2,student,A,B,\n,student,A,B,\n"),
                "classes.csv", RosterFixtures.utf8("sourcedId,title\nc1,3A\n,X\nc2,\nc1,again\n"),
                "enrollments.csv", RosterFixtures.utf8("classSourcedId,userSourcedId,role\nc1,u1,student\nc1,u2,student\n"
                        + "c1,ghost,student\nc1,,student\n,u1,student\nc1,\"u9,student\n")));
        previews.add(pkg.previewFor("c1"));
        var problems = new java.util.ArrayList<>(pkg.problems());
        previews.forEach(p -> problems.addAll(p.problems()));
        Set<String> seen = new TreeSet<>();
        {
            for (RowProblem problem : problems) {
                seen.add(problem.messageKey());
                assertThat(problem.args()).as(problem.messageKey()).hasSize(placeholders(en.getProperty(problem.messageKey())).size());
            }
        }
        Set<String> rowKeys = keysInCode().stream().filter(k -> k.contains(".problem.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(seen).isEqualTo(rowKeys);
    }
}
