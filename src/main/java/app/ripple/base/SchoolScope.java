package app.ripple.base;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which school's rows the database shows this thread (docs/district.md). Every connection Ripple
 * takes from its pool is set to the current scope ({@link SchoolScopedDataSource}), and PostgreSQL's
 * row-level security shows and accepts only that school's rows — or every school's, for the whole
 * district. The scope is, first match wins:
 * <ol>
 * <li>an explicit scope: {@link #of(long, Supplier)} or {@link #allSchools(Supplier)} around a piece of work
 * (jobs per school, look-ups before sign-in such as a tablet token or a sign-in name);</li>
 * <li>the signed-in person's: a staff member's or student's school, the whole district for a district
 * administrator ({@link Member});</li>
 * <li>the request's: a class tablet's school, set for the request by the tablet's cookie;</li>
 * <li>otherwise no school at all: an unscoped query sees no school's rows.</li>
 * </ol>
 */
public final class SchoolScope {

    /**
     * What a connection is set to: one school; or every school ({@code allSchools}), where an insert
     * that names no school goes to {@code schoolId} if given and fails otherwise; or nothing.
     */
    public record Scope(@Nullable Long schoolId, boolean allSchools, boolean insertsToFirstSchool) {

        public static final Scope NONE = new Scope(null, false, false);
        public static final Scope ALL = new Scope(null, true, false);
        /** Tests' own thread: every school, and inserts that name no school go to the first one. */
        public static final Scope ALL_INSERTS_TO_FIRST = new Scope(null, true, true);

        public static Scope school(long schoolId) {
            return new Scope(schoolId, false, false);
        }

        /** The key a per-school cache keeps this scope's values under. */
        public long cacheKey() {
            return allSchools ? -1 : schoolId == null ? -2 : schoolId;
        }
    }

    /** A principal that belongs to a school (or, with a {@code null} school, to the whole district). */
    public interface Member {
        @Nullable Long schoolId();
    }

    /** Told when this thread's explicit scope changes, so a connection already in use follows it. */
    interface Listener {
        void changed(Scope scope);
    }

    private static final ThreadLocal<@Nullable Scope> EXPLICIT = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable Scope> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable Scope> FALLBACK = new ThreadLocal<>();
    private static final java.util.List<Listener> LISTENERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private SchoolScope() {
    }

    /** The scope this thread's next database work runs in. */
    public static Scope current() {
        Scope s = EXPLICIT.get();
        if (s != null) {
            return s;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Member m) {
            Long school = m.schoolId();
            return school == null ? Scope.ALL : Scope.school(school);
        }
        s = REQUEST.get();
        if (s != null) {
            return s;
        }
        s = FALLBACK.get();
        return s == null ? Scope.NONE : s;
    }

    /** The current school, for code that only runs in one school's scope. */
    public static long schoolId() {
        Long id = current().schoolId();
        if (id == null) {
            throw new IllegalStateException("This needs one school's scope, not " + current());
        }
        return id;
    }

    /** Runs work with the database set to one school. */
    public static <T> T of(long schoolId, Supplier<T> work) {
        return within(Scope.school(schoolId), work);
    }

    public static void of(long schoolId, Runnable work) {
        within(Scope.school(schoolId), () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work with the database showing every school of the district: a district administrator's
     * overview, jobs that then work school by school, and look-ups by a secret or a sign-in name that
     * find the school. Inserts inside it must name their school.
     */
    public static <T> T allSchools(Supplier<T> work) {
        return within(Scope.ALL, work);
    }

    public static void allSchools(Runnable work) {
        within(Scope.ALL, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        Scope before = EXPLICIT.get();
        Scope effectiveBefore = current();
        EXPLICIT.set(scope);
        notifyChanged(effectiveBefore, scope);
        try {
            return work.get();
        } finally {
            if (before == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(before);
            }
            notifyChanged(scope, current());
        }
    }

    private static void notifyChanged(Scope from, Scope to) {
        if (!from.equals(to)) {
            for (Listener l : LISTENERS) {
                l.changed(to);
            }
        }
    }

    /** The district's open (not archived) schools, oldest first, for jobs that work school by school. */
    public static java.util.List<Long> openSchools(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return allSchools(() -> jdbc.sql("select id from school where archived_at is null order by id").query(Long.class).list());
    }

    /** Runs a job once per open school, each in that school's scope; returns the results in school order. */
    public static <T> java.util.List<T> eachSchool(org.springframework.jdbc.core.simple.JdbcClient jdbc, Supplier<T> job) {
        java.util.List<T> results = new java.util.ArrayList<>();
        for (long school : openSchools(jdbc)) {
            results.add(of(school, job));
        }
        return results;
    }

    /** The request's scope when nobody is signed in (a class tablet's school); cleared after the request. */
    public static void setForRequest(@Nullable Scope scope) {
        if (scope == null) {
            REQUEST.remove();
        } else {
            REQUEST.set(scope);
        }
    }

    /**
     * The scope of a thread that has neither an explicit scope nor a signed-in person: tests set it
     * for their own thread to see every school, with unnamed inserts going to the first one.
     */
    public static void setFallback(@Nullable Scope scope) {
        if (scope == null) {
            FALLBACK.remove();
        } else {
            FALLBACK.set(scope);
        }
    }

    static void listen(Listener l) {
        LISTENERS.add(l);
    }

    static void stopListening(Listener l) {
        LISTENERS.remove(l);
    }
}
