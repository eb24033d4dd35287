package app.ripple.classroom;

import java.util.List;
import java.util.Map;

/**
 * How a feature takes part in a student's access request and erasure. Every feature that stores
 * rows about a student implements this once (a package-private {@code @Component}); the privacy
 * feature calls all of them. {@code StudentDataCoverageTest} fails when a table with a
 * {@code student_id} column is listed by no contributor, so a new table cannot be forgotten.
 * <p>
 * Contributors run in {@link org.springframework.core.annotation.Order} order inside one
 * transaction; the classroom's own contributor removes the student row itself and runs last.
 */
public interface StudentDataContributor {

    /** The tables whose rows about a student this contributor exports and erases. */
    List<String> tables();

    /**
     * This student's rows, by section name (usually the table name), each row as column → value
     * (strings, numbers, booleans, dates, instants or null). Nothing about other students.
     */
    Map<String, List<Map<String, Object>>> export(long studentId);

    /**
     * Deletes this student's rows and returns how many were deleted per table. Must be idempotent:
     * a second call deletes nothing and returns zeros.
     */
    Map<String, Integer> erase(long studentId);
}
