package app.ripple.challenge;

import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.TableAttentionSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows the needs-attention queue the own words of the acts that raised an item. */
@Component
class ActAttentionSubjects extends TableAttentionSubjects {

    ActAttentionSubjects(JdbcClient jdbc) {
        super(jdbc, AttentionSubject.ACT, "kindness_act", "own_text");
    }
}
