package app.ripple.lesson.checks;

import app.ripple.lesson.attitude.Pseudonyms;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-school HMAC secret behind the pseudonyms: 32 random bytes from {@link SecureRandom},
 * created on first use and never shown, logged or exported. Package-private on purpose: only the
 * answering and the demo code of this package compute pseudonyms; nothing maps one back.
 */
@Component
class PseudonymKeys {

    static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PseudonymKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The pseudonym of a student for one instrument, class and term (creates the secret on first use). */
    String pseudonym(long schoolId, long studentId, String instrumentCode, long classId, long termId) {
        return Pseudonyms.of(secret(schoolId), studentId, instrumentCode, classId, termId);
    }

    private byte[] secret(long schoolId) {
        byte[] fresh = new byte[SECRET_BYTES];
        random.nextBytes(fresh);
        // Two first answers at once: one insert wins, both read the winner.
        jdbc.sql("insert into attitude_secret (school_id, secret, created_at) values (?, ?, ?) on conflict (school_id) do nothing")
                .params(schoolId, fresh, Timestamp.from(clock.instant())).update();
        return jdbc.sql("select secret from attitude_secret where school_id = ?").param(schoolId).query(byte[].class).single();
    }
}
