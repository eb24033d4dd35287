package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.StudentDataContributor;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps access requests and erasure complete as the schema grows: every table that holds a
 * {@code student_id} column, or any other foreign key to {@code student}, must be listed by some
 * feature's {@link StudentDataContributor}. If this fails after you added a table, add it to your
 * feature's contributor (export and erase its rows) — see {@code ChallengeStudentData} for an example.
 */
@RippleTest
class StudentDataCoverageTest {

    @Autowired JdbcClient jdbc;
    @Autowired List<StudentDataContributor> contributors;

    static List<String> tablesWithStudentId(JdbcClient jdbc) {
        return jdbc.sql("""
                select distinct c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'student_id' and t.table_type = 'BASE TABLE'
                order by 1""").query(String.class).list();
    }

    /** Tables with a foreign key to student(id), whatever the column is called. */
    static List<String> tablesReferencingStudent(JdbcClient jdbc) {
        return jdbc.sql("""
                select distinct cl.relname from pg_constraint k join pg_class cl on cl.oid = k.conrelid
                where k.contype = 'f' and k.confrelid = 'public.student'::regclass order by 1""").query(String.class).list();
    }

    private Set<String> covered() {
        Set<String> covered = new TreeSet<>();
        contributors.forEach(c -> covered.addAll(c.tables()));
        return covered;
    }

    @Test
    void everyTableWithStudentDataIsCoveredByAContributor() {
        Set<String> holding = new TreeSet<>(tablesWithStudentId(jdbc));
        holding.addAll(tablesReferencingStudent(jdbc));
        holding.add("student");
        Set<String> missing = new TreeSet<>(holding);
        missing.removeAll(covered());
        assertThat(missing)
                .as("tables holding student data that no StudentDataContributor exports and erases; "
                        + "add them to your feature's contributor")
                .isEmpty();
        assertThat(holding).contains("kindness_act", "lesson_participation", "lesson_reflection", "attitude_consent",
                "attitude_check_done", "student_sign_in_lock");
    }

    @Test
    void contributorsNameOnlyTablesThatExist() {
        Set<String> existing = new TreeSet<>(jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
                .query(String.class).list());
        assertThat(existing).containsAll(covered());
    }

    @Test
    void everyForeignKeyToAStudentsDataCascadesOrIsCleared() {
        // A key that neither cascades nor is set null would make erasing the student row fail outright.
        List<String> blocking = jdbc.sql("""
                select cl.relname || '.' || k.conname from pg_constraint k join pg_class cl on cl.oid = k.conrelid
                where k.contype = 'f' and k.confrelid in ('public.student'::regclass, 'public.kindness_act'::regclass,
                                                          'public.lesson_reflection'::regclass)
                  and k.confdeltype not in ('c', 'n')""").query(String.class).list();
        assertThat(blocking).isEmpty();
    }

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired PrivacyService privacy;

    /**
     * Not only named: a row for the student in every table that holds student data (written
     * generically from the catalogue, so a new table is included without touching this test) is in
     * the export, and erasing the student leaves no row in any of them.
     */
    @Test
    void aRowInEveryStudentTableIsExportedAndThenErased() {
        PrivacyFixtures data = new PrivacyFixtures(context);
        data.school();
        long termId = data.term("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20));
        long classId = data.classIn(termId, "4B");
        long other = data.student(classId, "Ana P.");
        data.fillEverything(classId, termId, other, "Ana helped"); // rows that the generic rows can refer to
        long student = data.student(classId, "Ben Q.");

        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : tablesWithStudentId(jdbc)) {
            tables.computeIfAbsent(table, t -> new ArrayList<>()).add("student_id");
        }
        jdbc.sql("""
                select cl.relname, a.attname from pg_constraint k join pg_class cl on cl.oid = k.conrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
                where k.contype = 'f' and k.confrelid = 'public.student'::regclass""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> tables.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue()));
        tables.values().forEach(columns -> columns.replaceAll(String::strip));
        tables.replaceAll((t, columns) -> columns.stream().distinct().toList());
        tables.remove("student");
        assertThat(tables).isNotEmpty();

        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            insertFor(t.getKey(), t.getValue(), student);
        }
        Map<String, Long> before = rowsFor(tables, student);
        assertThat(before).as("a row for the student in every table").allSatisfy((t, n) -> assertThat(n).as(t).isPositive());

        data.fixtures.signIn(data.coordinator);
        JsonNode sections = JsonMapper.builder().build().readTree(privacy.export(student).json()).get("data");
        for (String table : tables.keySet()) {
            assertThat(sections.has(table)).as("the export has a section for " + table).isTrue();
            assertThat(sections.get(table).size()).as("rows of " + table + " in the export").isEqualTo(before.get(table).intValue());
        }

        Map<String, Long> totals = totals(tables);
        privacy.erase(student, "Ben Q.");
        // Gone, not orphaned: each table lost exactly the student's rows (a key that only nulled the
        // student column would leave the row behind).
        Map<String, Long> expected = new TreeMap<>(totals);
        expected.replaceAll((t, n) -> n - before.get(t));
        assertThat(totals(tables)).isEqualTo(expected);
        assertThat(rowsFor(tables, student)).as("rows left after erasure").allSatisfy((t, n) -> assertThat(n).as(t).isZero());
        assertThat(jdbc.sql("select count(*) from student where id = ?").param(student).query(Long.class).single()).isZero();
        assertThat(rowsFor(tables, other)).as("the other student's rows stay").containsEntry("kindness_act", 2L);
    }

    private Map<String, Long> totals(Map<String, List<String>> tables) {
        Map<String, Long> rows = new TreeMap<>();
        tables.keySet().forEach(table -> rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return rows;
    }

    private Map<String, Long> rowsFor(Map<String, List<String>> tables, long student) {
        Map<String, Long> rows = new TreeMap<>();
        tables.forEach((table, columns) -> rows.put(table, jdbc.sql("select count(*) from " + table + " where "
                + String.join(" = :s or ", columns) + " = :s").param("s", student).query(Long.class).single()));
        return rows;
    }

    /** One row in {@code table} for the student: every NOT NULL column without a default gets a value its constraints accept. */
    private void insertFor(String table, List<String> studentColumns, long student) {
        record Column(String name, String type) {
        }
        List<Column> required = jdbc.sql("""
                select column_name, data_type from information_schema.columns
                where table_schema = 'public' and table_name = ? and is_nullable = 'NO' and column_default is null
                  and is_identity = 'NO' and is_generated = 'NEVER' order by ordinal_position""")
                .param(table).query((rs, n) -> new Column(rs.getString(1), rs.getString(2))).list();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String c : studentColumns) {
            names.add(c);
            values.add(Long.toString(student));
        }
        for (Column c : required) {
            if (studentColumns.contains(c.name())) {
                continue;
            }
            names.add(c.name());
            values.add(valueFor(table, c.name(), c.type()));
        }
        jdbc.sql("insert into " + table + " (" + String.join(", ", names) + ") values (" + String.join(", ", values)
                + ") on conflict do nothing").update();
    }

    private String valueFor(String table, String column, String type) {
        List<String> references = jdbc.sql("""
                select rt.relname || '.' || ra.attname from pg_constraint k
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
                join pg_class rt on rt.oid = k.confrelid join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[1]
                where k.contype = 'f' and k.conrelid = ?::regclass and cardinality(k.conkey) = 1 and a.attname = ?""")
                .params("public." + table, column).query(String.class).list();
        if (!references.isEmpty()) {
            String[] ref = references.getFirst().split("\\.");
            return "(select " + ref[1] + " from " + ref[0] + " order by " + ref[1] + " limit 1)";
        }
        // A check constraint "column = ANY (ARRAY['A', 'B'])" names the values it accepts: take the first.
        for (String check : jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where contype = 'c' and conrelid = ?::regclass")
                .param("public." + table).query(String.class).list()) {
            Matcher m = Pattern.compile("\\(+" + column + "\\)?(::text)? = ANY \\(+ARRAY\\['([^']*)'").matcher(check);
            if (m.find()) {
                return "'" + m.group(2) + "'";
            }
        }
        return switch (type) {
            case "bigint", "integer", "smallint", "numeric", "real", "double precision" -> "1";
            case "character varying", "text", "character" -> "'coverage'";
            case "boolean" -> "true";
            case "uuid" -> "gen_random_uuid()";
            case "date" -> "current_date";
            case "timestamp with time zone", "timestamp without time zone" -> "now()";
            case "ARRAY" -> "'{}'";
            default -> throw new IllegalStateException("no test value for " + table + "." + column + " of type " + type
                    + "; teach StudentDataCoverageTest.valueFor this type");
        };
    }
}
