package app.ripple.base;

/**
 * Every PostgreSQL advisory-lock key Ripple takes, in one place (listed in docs/deploy.md). Work that
 * must happen once although several app nodes run it holds one of these locks; the numbers only have
 * to differ from each other and from other applications sharing the database.
 * <p>
 * Flyway keeps its own lock for migrations.
 */
public final class AdvisoryLocks {

    /**
     * First run: the setup form and the demo school (transaction lock, waited for). Shared by both so
     * that whichever comes first creates the one school and the other sees that it exists.
     */
    public static final long FIRST_RUN = 7400101L;

    /** Retention runs, scheduled or manual (transaction lock, tried: a second run skips). */
    public static final long RETENTION = 7400801L;

    /** The email outbox's sender (transaction lock, tried: one sender at a time across nodes). */
    public static final long EMAIL_OUTBOX = 7400802L;

    /** Safeguarding escalations of unacknowledged items (transaction lock, tried). */
    public static final long SAFEGUARDING_ESCALATION = 7400803L;

    /** The weekly digest (transaction lock, tried). */
    public static final long WEEKLY_DIGEST = 7400804L;

    private AdvisoryLocks() {
    }
}
