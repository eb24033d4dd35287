package app.ripple.privacy;

import app.ripple.classroom.StudentDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every feature's {@link StudentDataContributor} for one student, in their declared order,
 * inside the caller's transaction. Shared by erasure and retention so both delete exactly the same.
 */
@Component
class StudentEraser {

    private final ObjectProvider<StudentDataContributor> contributors;

    StudentEraser(ObjectProvider<StudentDataContributor> contributors) {
        this.contributors = contributors;
    }

    List<StudentDataContributor> contributors() {
        return contributors.orderedStream().toList();
    }

    /** Rows deleted per table (tables listed by several contributors are summed). */
    Map<String, Integer> erase(long studentId) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (StudentDataContributor c : contributors()) {
            c.erase(studentId).forEach((table, n) -> rows.merge(table, n, Integer::sum));
        }
        return rows;
    }

    /** Every contributor's sections for one student, in contributor order. */
    Map<String, List<Map<String, Object>>> export(long studentId) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (StudentDataContributor c : contributors()) {
            c.export(studentId).forEach((section, rows) -> sections.merge(section, rows, (a, b) -> {
                List<Map<String, Object>> all = new java.util.ArrayList<>(a);
                all.addAll(b);
                return all;
            }));
        }
        return sections;
    }

    static int total(Map<String, Integer> rows) {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "table=n, table=n" for tables with at least one row, or "nothing". */
    static String describe(Map<String, Integer> rows) {
        String s = rows.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        return s.isEmpty() ? "nothing" : s;
    }
}
