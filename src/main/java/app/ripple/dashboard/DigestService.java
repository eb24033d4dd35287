package app.ripple.dashboard;

import app.ripple.email.Outbox;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The weekly digest by email: each staff member opts in or out for themselves (account page). */
@Service
public class DigestService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Outbox outbox;

    DigestService(JdbcClient jdbc, CurrentUser currentUser, Outbox outbox) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.outbox = outbox;
    }

    /** Whether digests can be sent at all (email set up). */
    @StaffOnly
    public boolean available() {
        return outbox.enabled();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public boolean subscribed() {
        return jdbc.sql("select exists (select 1 from digest_subscription where staff_id = ?)")
                .param(currentUser.require().staffId()).query(Boolean.class).single();
    }

    @StaffOnly
    @Transactional
    public void setSubscribed(boolean on) {
        long me = currentUser.require().staffId();
        if (on) {
            jdbc.sql("insert into digest_subscription (staff_id) values (?) on conflict do nothing").param(me).update();
        } else {
            jdbc.sql("delete from digest_subscription where staff_id = ?").param(me).update();
        }
    }
}
