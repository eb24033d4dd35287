package app.ripple.school;

import app.ripple.base.SchoolScope;
import app.ripple.base.InvalidInputException;
import app.ripple.base.Problems;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password?": a single-use link, valid {@link ResetLinks#RESET_VALID} (an invitation: {@link ResetLinks#INVITE_VALID}) and stored only as the SHA-256 of its
 * token, emailed through the outbox. Requesting one answers the same whether or not the address
 * belongs to an account (the caller never learns which), is throttled per address and per client
 * address (counted in PostgreSQL, so every node agrees) and is audited. Using the link sets the
 * password, spends every open link of the account, lifts a sign-in lock-out and ends the account's
 * other sessions ({@code credentials_changed_at}, checked by {@link CredentialsChangedFilter}).
 * Anonymous callers by design: these are the pages of someone who cannot sign in.
 */
@Service
public class PasswordResetService {

    static final Duration THROTTLE_WINDOW = Duration.ofHours(1);
    /** Requests per address per hour that send a link; more are recorded and answered the same, but send nothing. */
    static final int PER_EMAIL = 3;
    /** Requests per client address per hour. */
    static final int PER_CLIENT = 10;

    private final JdbcClient jdbc;
    private final SchoolRows rows;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final ResetLinks links;
    private final Clock clock;

    PasswordResetService(JdbcClient jdbc, SchoolRows rows, PasswordPolicy policy, PasswordEncoder encoder, LoginThrottle throttle,
            AuditService audit, ResetLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.links = links;
        this.clock = clock;
    }

    /** Whether reset links can be sent at all (email is set up); without, the page says to ask a coordinator. */
    @PreAuthorize("permitAll()")
    public boolean available() {
        return links.enabled();
    }

    /**
     * Sends a reset link if {@code address} is an active account's and neither the address nor the
     * client is over its limit; otherwise sends nothing. Returns nothing either way.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestReset(String address, String client) {
        // Nobody is signed in: the address is looked up in every school of the district.
        SchoolScope.allSchools(() -> requestResetInDistrict(address, client));
    }

    private void requestResetInDistrict(String address, String client) {
        String typed = address.strip();
        String from = client.length() > 100 ? client.substring(0, 100) : client;
        if (typed.isEmpty() || typed.length() > 254 || !links.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(THROTTLE_WINDOW));
        int byEmail = jdbc.sql("select count(*) from password_reset_request where lower(email) = lower(?) and at > ?")
                .params(typed, since).query(Integer.class).single();
        int byClient = jdbc.sql("select count(*) from password_reset_request where client = ? and at > ?")
                .params(from, since).query(Integer.class).single();
        jdbc.sql("insert into password_reset_request (email, client, at) values (?, ?, ?)").params(typed, from, Timestamp.from(now))
                .update();
        jdbc.sql("delete from password_reset_request where at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        Optional<StaffAccount> account = rows.staffByEmail(typed).filter(StaffAccount::active);
        String target = account.map(a -> "staff:" + a.id()).orElse(null);
        if (byEmail >= PER_EMAIL || byClient >= PER_CLIENT) {
            audit.record("PASSWORD_RESET_THROTTLED", target, "client " + from);
            return;
        }
        if (account.isEmpty()) {
            audit.record("PASSWORD_RESET_REQUESTED", null, "no active account for the typed address; nothing sent; client " + from);
            return;
        }
        Runnable send = () -> {
            links.sendReset(account.get());
            audit.record("PASSWORD_RESET_REQUESTED", target, "link sent; client " + from);
        };
        Long school = account.get().schoolId();
        if (school == null) {
            send.run();
        } else {
            SchoolScope.of(school, send);
        }
    }

    /** Whether a link can still be used (unused, not expired); for the page, before asking for a password. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return SchoolScope.allSchools(() -> jdbc.sql("select exists (select 1 from password_reset_token where token_hash = ? and used_at is null and expires_at > ?)")
                .params(hash(token), Timestamp.from(clock.instant())).query(Boolean.class).single());
    }

    /** Sets the account's password with a link; the link (and every other open link of the account) is spent. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String password, String repeat) {
        SchoolScope.allSchools(() -> resetPasswordInDistrict(token, password, repeat));
    }

    private void resetPasswordInDistrict(String token, String password, String repeat) {
        Instant now = clock.instant();
        Optional<Long> staffId = jdbc.sql("""
                select staff_id from password_reset_token where token_hash = ? and used_at is null and expires_at > ? for update""")
                .params(hash(token), Timestamp.from(now)).query(Long.class).optional();
        StaffAccount account = staffId.flatMap(rows::staff).filter(StaffAccount::active)
                .orElseThrow(() -> new InvalidInputException(java.util.List.of(new InvalidInputException.Problem("token", "reset.linkInvalid"))));
        Problems p = new Problems();
        policy.check(password, account.email(), p, "new");
        if (!password.equals(repeat)) {
            p.add("repeat", "account.password.mismatch");
        }
        p.throwIfAny();
        rows.setPassword(account.id(), encoder.encode(password), false);
        jdbc.sql("update password_reset_token set used_at = ? where staff_id = ? and used_at is null")
                .params(Timestamp.from(now), account.id()).update();
        jdbc.sql("update staff_account set credentials_changed_at = ? where id = ?").params(Timestamp.from(now), account.id()).update();
        throttle.clear(account.email());
        audit.record("PASSWORD_RESET_USED", "staff:" + account.id(), "other sessions ended");
    }

    static String hash(String token) {
        return ResetLinks.hash(token);
    }
}
