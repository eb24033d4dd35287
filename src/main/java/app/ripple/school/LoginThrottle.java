package app.ripple.school;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed staff sign-ins per account name, in PostgreSQL so that every app node behind a load
 * balancer counts the same attempts. Five failures lock the account name for fifteen minutes.
 * Unknown names are counted too, so the answer never tells whether an account exists.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where username = ?")
                .param(key(username))
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Counts one failure; returns the lock's end when this failure locked the account. */
    @Transactional
    Optional<Instant> recordFailure(String username) {
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        // A lock that has run out starts a fresh count.
        int count = jdbc.sql("""
                insert into login_throttle (username, failed_count, first_failure) values (:u, 1, :now)
                on conflict (username) do update set
                    failed_count = case when login_throttle.locked_until is not null and login_throttle.locked_until <= :now
                                        then 1 else login_throttle.failed_count + 1 end,
                    first_failure = case when login_throttle.locked_until is not null and login_throttle.locked_until <= :now
                                        then :now else coalesce(login_throttle.first_failure, :now) end,
                    locked_until = case when login_throttle.locked_until is not null and login_throttle.locked_until <= :now
                                        then null else login_throttle.locked_until end
                returning failed_count""")
                .param("u", key(username)).param("now", ts)
                .query(Integer.class).single();
        if (count >= MAX_FAILURES) {
            Instant until = now.plus(LOCK);
            jdbc.sql("update login_throttle set locked_until = ? where username = ? and locked_until is null")
                    .params(Timestamp.from(until), key(username)).update();
            return count == MAX_FAILURES ? Optional.of(until) : Optional.empty();
        }
        return Optional.empty();
    }

    @Transactional
    void clear(String username) {
        jdbc.sql("delete from login_throttle where username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String k = username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 254 ? k.substring(0, 254) : k;
    }
}
