package app.ripple;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.base.PublishedViews;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module owns its tables; other modules read them only through the owner's query methods or the
 * read-only views it publishes ({@link PublishedViews}, migration V13). This test holds the read
 * models ({@code dashboard}, {@code report}) to that: the SQL in their sources may name their own
 * tables and published views, never another module's table.
 *
 * <p>Owners come from the migrations: a table belongs to the module its migration file is named after
 * ({@code V2__classroom_...}), except for the few listed in {@link #OWNER_OVERRIDES}. A table that
 * gets no owner fails the test, so a new one must be classified.
 */
class PublishedViewsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/app/ripple");

    /** The modules whose SQL is checked: the read models over other modules' data. */
    private static final List<String> READ_MODELS = List.of("dashboard", "report");

    private static final Set<String> MODULES = Set.of("school", "classroom", "challenge", "lesson", "safeguarding",
            "dashboard", "report", "privacy", "email");

    /** Migration file names whose first word is not the module. */
    private static final Map<String, String> FILE_WORD_ALIASES = Map.of("lessons", "lesson", "attitude", "lesson");

    /** Tables created in another module's migration, or that moved since. */
    private static final Map<String, String> OWNER_OVERRIDES = Map.of(
            "attention_item", "safeguarding", // V3, moved out of challenge
            "concern_phrase", "safeguarding", // V3, moved out of challenge
            "school_year", "school",          // V9: terms are the school module's
            "password_reset_token", "school",     // V14, email's migration: staff accounts are the school's
            "password_reset_request", "school",   // V14
            "safeguarding_contact", "safeguarding", // V14: who safeguarding alerts go to
            "safeguarding_setting", "safeguarding", // V14
            "attention_notice", "safeguarding",     // V14
            "digest_subscription", "dashboard",     // V14: the weekly digest is a read model
            "district", "school");                  // V17: the district is the schools' own

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern CREATE_VIEW = Pattern.compile(
            "(?is)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)\\s+as\\s+(.*?);");
    private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern SQL_WORD = Pattern.compile("(?i)\\b(select|from|join|insert|update|delete)\\b");
    /**
     * A relation name: an identifier that is not qualified ({@code a.student_id}), a call ({@code count(})
     * nor a named parameter ({@code :term}).
     */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.:\\w])([a-z_][a-z0-9_]*)(?![\\w.(])");

    @Test
    void everyTableHasAnOwningModule() {
        assertThat(tableOwners()).isNotEmpty().allSatisfy((table, owner) -> assertThat(MODULES).as(table).contains(owner));
    }

    @Test
    void everyViewIsPublishedByTheModuleItIsNamedAfterAndReadsOnlyThatModulesTables() {
        Map<String, String> owners = tableOwners();
        Map<String, String> views = views();
        Map<String, String> published = published();
        assertThat(views).as("views in the migrations").isNotEmpty();
        assertThat(published).as("views listed by @PublishedViews").containsOnlyKeys(views.keySet());
        views.forEach((view, body) -> {
            String module = published.get(view);
            assertThat(view).startsWith(module + "_").endsWith("_v");
            for (String name : relationNames(body)) {
                if (owners.containsKey(name)) {
                    assertThat(owners.get(name)).as(view + " reads " + name).isEqualTo(module);
                }
            }
        });
    }

    @Test
    void readModelsNameNoOtherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        Set<String> viewsRead = new TreeSet<>();
        for (String module : READ_MODELS) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    violations.addAll(violations(module, file.getFileName().toString(), source, owners));
                    sqlNames(source).stream().filter(published()::containsKey).forEach(viewsRead::add);
                }
            }
        }
        assertThat(violations).as("SQL in the read models naming another module's table instead of its view").isEmpty();
        // the check above looks at something: the read models do read through the views
        assertThat(viewsRead).contains("classroom_students_v", "challenge_acts_v", "lesson_deliveries_v",
                "safeguarding_attention_items_v", "school_terms_v");
    }

    /** The scan itself: putting one table name back into a real read-model file is caught. */
    @Test
    void theScanFindsATableNamePutBack() throws IOException {
        Map<String, String> owners = tableOwners();
        String source = Files.readString(SOURCES.resolve("dashboard/DashboardQueries.java"), StandardCharsets.UTF_8);
        assertThat(violations("dashboard", "DashboardQueries.java", source, owners)).isEmpty();
        String reverted = source.replaceFirst("from classroom_students_v s", "from student s");
        assertThat(reverted).isNotEqualTo(source);
        assertThat(violations("dashboard", "DashboardQueries.java", reverted, owners))
                .containsExactly("DashboardQueries.java: student (classroom)");
        String textBlock = "class X { String q = \"\"\"\n  select 1 from school_class c\n  join kindness_act a on a.class_id = c.id\"\"\"; }";
        assertThat(violations("report", "X.java", textBlock, owners))
                .containsExactly("X.java: kindness_act (challenge)", "X.java: school_class (classroom)");
        // its own tables, qualified columns, words in plain strings and comments are fine
        String fine = "class Y { // from student\n String q = \"select s.student_id from report_note n, lesson_dose d\";"
                + " String label = \"student\"; String key = \"report.challenge.title\"; }";
        assertThat(violations("report", "Y.java", fine, owners)).containsExactly("Y.java: lesson_dose (dashboard)");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> violations(String module, String file, String source, Map<String, String> owners) {
        return sqlNames(source).stream()
                .filter(name -> owners.containsKey(name) && !owners.get(name).equals(module))
                .map(name -> file + ": " + name + " (" + owners.get(name) + ")")
                .toList();
    }

    /** Unqualified identifiers in the SQL string literals of a Java source (text blocks and plain strings). */
    private static Set<String> sqlNames(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            literals.add(blocks.group(1));
            blocks.appendReplacement(rest, "\"\"");
        }
        blocks.appendTail(rest);
        Matcher strings = STRING.matcher(COMMENT.matcher(rest).replaceAll(" "));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        Set<String> names = new TreeSet<>();
        for (String literal : literals) {
            if (SQL_WORD.matcher(literal).find()) {
                names.addAll(relationNames(literal));
            }
        }
        return names;
    }

    private static Set<String> relationNames(String sql) {
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(sql.replaceAll("--[^\\n]*", " ").replaceAll("'[^']*'", "''"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** table → owning module, from every migration. */
    static Map<String, String> tableOwners() {
        Map<String, String> owners = new TreeMap<>();
        for (Path migration : migrations()) {
            String word = migration.getFileName().toString().replaceFirst("^V\\d+__", "").split("_")[0];
            String module = FILE_WORD_ALIASES.getOrDefault(word, word);
            Matcher m = CREATE_TABLE.matcher(read(migration));
            while (m.find()) {
                owners.put(m.group(1), OWNER_OVERRIDES.getOrDefault(m.group(1), module));
            }
        }
        return owners;
    }

    /** view → its defining query. */
    private static Map<String, String> views() {
        Map<String, String> views = new TreeMap<>();
        for (Path migration : migrations()) {
            Matcher m = CREATE_VIEW.matcher(read(migration).replaceAll("--[^\\n]*", " "));
            while (m.find()) {
                views.put(m.group(1), m.group(2));
            }
        }
        return views;
    }

    /** view → the module whose package-info lists it. */
    private static Map<String, String> published() {
        Map<String, String> published = new TreeMap<>();
        for (String module : MODULES) {
            PublishedViews views;
            try {
                views = Class.forName("app.ripple." + module + ".package-info").getAnnotation(PublishedViews.class);
            } catch (ClassNotFoundException noPackageInfo) {
                continue;
            }
            if (views != null) {
                for (String view : views.value()) {
                    assertThat(published.put(view, module)).as(view + " published twice").isNull();
                }
            }
        }
        return published;
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
