package app.ripple.safeguarding;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature whose students' words can raise a needs-attention item, so the queue
 * shows who wrote what, and privacy requests find a student's items, without safeguarding reading
 * that feature's tables.
 */
public interface AttentionSubjects {

    /** Who wrote a text and what it says. */
    record Written(String studentName, String text) {
    }

    AttentionSubject subject();

    /** The texts with these ids (ids that no longer exist are left out). */
    Map<Long, Written> written(Collection<Long> ids);

    /** The ids of one student's texts of this kind. */
    List<Long> idsOfStudent(long studentId);
}
