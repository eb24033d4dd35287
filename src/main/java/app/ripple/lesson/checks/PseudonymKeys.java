package app.ripple.lesson.checks;

import app.ripple.lesson.attitude.Pseudonyms;
import jakarta.annotation.PostConstruct;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-school HMAC secret behind the pseudonyms: 32 random bytes from {@link SecureRandom},
 * created on first use and never shown, logged or exported. The secret lives outside the database
 * ({@link PseudonymKeyStore}); the database keeps only the row {@code attitude_secret(school_id,
 * created_at)} saying that a school has one, so a missing key file is reported instead of being
 * silently replaced (which would unlink every stored answer). Package-private on purpose: only the
 * answering and the demo code of this package compute pseudonyms; nothing maps one back.
 */
@Component
class PseudonymKeys {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKeys.class);

    static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PseudonymKeyStore store;
    private final SecureRandom random = new SecureRandom();

    PseudonymKeys(JdbcClient jdbc, Clock clock, PseudonymKeyStore store) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.store = store;
    }

    /**
     * Installations from before the key left the database: copy each school's secret to the key
     * store (written and synced first), then clear it from the database. Runs once Flyway has
     * migrated (this bean needs the database), before any answer is taken. Nothing is lost if it
     * stops half-way: a secret is only cleared after the store holds the same bytes.
     */
    @PostConstruct
    void moveSecretsOutOfTheDatabase() {
        record Held(long schoolId, byte[] secret) {
        }
        for (Held held : jdbc.sql("select school_id, secret from attitude_secret where secret is not null")
                .query((rs, n) -> new Held(rs.getLong(1), rs.getBytes(2))).list()) {
            byte[] kept = store.putIfAbsent(held.schoolId(), held.secret());
            if (!PseudonymKeyStore.same(kept, held.secret())) {
                throw new IllegalStateException("The attitude pseudonym secret of school " + held.schoolId()
                        + " in the database differs from the key in " + store.location()
                        + "; Ripple will not choose one (that would unlink stored answers). With RIPPLE_PSEUDONYM_KEY set, unset it "
                        + "once so Ripple can move the database's secret to the key file; otherwise restore the matching key file.");
            }
            jdbc.sql("update attitude_secret set secret = null where school_id = ?").param(held.schoolId()).update();
            log.info("Attitude pseudonym secret of school {} moved out of the database to {}", held.schoolId(), store.location());
        }
    }

    /** The pseudonym of a student for one instrument, class and term (creates the secret on first use). */
    String pseudonym(long schoolId, long studentId, String instrumentCode, long classId, long termId) {
        return Pseudonyms.of(secret(schoolId), studentId, instrumentCode, classId, termId);
    }

    private byte[] secret(long schoolId) {
        var known = store.get(schoolId);
        if (known.isPresent()) {
            return known.get();
        }
        if (jdbc.sql("select exists (select 1 from attitude_secret where school_id = ?)").param(schoolId).query(Boolean.class).single()) {
            throw new IllegalStateException("The attitude pseudonym key of school " + schoolId + " is missing from " + store.location()
                    + ". Restore it from the backup of that file: a new key would unlink every stored answer.");
        }
        byte[] fresh = new byte[SECRET_BYTES];
        random.nextBytes(fresh);
        // Two first answers at once: the store keeps the first key and both use it.
        byte[] kept = store.putIfAbsent(schoolId, fresh);
        jdbc.sql("insert into attitude_secret (school_id, secret, created_at) values (?, null, ?) on conflict (school_id) do nothing")
                .params(schoolId, Timestamp.from(clock.instant())).update();
        return kept;
    }
}
