package app.ripple.lesson;

import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.TableAttentionSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows the needs-attention queue the private reflections that raised an item. */
@Component
class ReflectionAttentionSubjects extends TableAttentionSubjects {

    ReflectionAttentionSubjects(JdbcClient jdbc) {
        super(jdbc, AttentionSubject.REFLECTION, "lesson_reflection", "text");
    }
}
