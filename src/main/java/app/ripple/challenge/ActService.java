package app.ripple.challenge;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.challenge.ChallengeRecords.ChallengeInfo;
import app.ripple.challenge.ChallengeRecords.MyAct;
import app.ripple.challenge.ChallengeRecords.Progress;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeRecords.Recorded;
import app.ripple.challenge.ChallengeRecords.Status;
import app.ripple.challenge.ChallengeRecords.StudentStart;
import app.ripple.challenge.ChallengeRecords.WallCard;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.challenge.library.SuggestedAct;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.KioskService;
import app.ripple.safeguarding.AttentionSubject;
import app.ripple.safeguarding.ConcernRaised;
import app.ripple.safeguarding.SafeguardingService;
import app.ripple.school.AuditService;
import app.ripple.security.StudentPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What students do on their class tablet: record an act into a running challenge of their own
 * class, see their own recent acts and flag one as "that wasn't me". Every call re-checks the
 * student's session against their tablet (see {@link KioskService#requireStudentSession()}).
 */
@Service
public class ActService {

    static final int OWN_TEXT_MAX = 280;

    private final JdbcClient jdbc;
    private final KioskService kiosk;
    private final ChallengeService challenges;
    private final SafeguardingService safeguarding;
    private final AuditService audit;
    private final SchoolDay schoolDay;
    private final Clock clock;
    private final ClassService classes;
    private final ApplicationEventPublisher events;
    private final ActMeters meters;

    ActService(JdbcClient jdbc, KioskService kiosk, ChallengeService challenges, SafeguardingService safeguarding,
            AuditService audit, SchoolDay schoolDay, Clock clock, ClassService classes, ApplicationEventPublisher events,
            ActMeters meters) {
        this.meters = meters;
        this.classes = classes;
        this.events = events;
        this.jdbc = jdbc;
        this.kiosk = kiosk;
        this.challenges = challenges;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.schoolDay = schoolDay;
        this.clock = clock;
    }

    /** The class's collective progress for the tablet's home screen; anyone holding the tablet token may see it. */
    @PreAuthorize("permitAll()")
    @Transactional
    public List<Progress> tabletProgress(@Nullable String token) {
        return kiosk.identify(token).map(t -> challenges.progressOfRunning(t.classId())).orElse(List.of());
    }

    /** The challenges the signed-in student can record into today, with their suggestions. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<ChallengeInfo> runningChallenges() {
        return running(kiosk.requireStudentSession());
    }

    /**
     * What a student's visit needs, in one transaction at sign-in: {@link #runningChallenges()},
     * {@link #myRecentActs()} and {@link #inspirations()}.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public StudentStart studentStart() {
        StudentPrincipal s = kiosk.requireStudentSession();
        return new StudentStart(running(s), recent(s), WallService.cards(jdbc, s.classId(), true, 12));
    }

    private List<ChallengeInfo> running(StudentPrincipal s) {
        LocalDate today = schoolDay.today();
        return challenges.load(s.classId(), null).stream().filter(c -> c.runsOn(today)).toList();
    }

    /** Recent approved, shareable acts of the student's class, to pick as "inspired by". */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<WallCard> inspirations() {
        StudentPrincipal s = kiosk.requireStudentSession();
        return WallService.cards(jdbc, s.classId(), true, 12);
    }

    /**
     * Records an act. Idempotent: the same key returns the act saved the first time. Suggested acts
     * are approved at once; own words wait for the teacher, or go to "needs attention" when they
     * contain a concerning phrase. "Kind to myself" acts never reach the wall.
     */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public Recorded record(RecordAct act) {
        StudentPrincipal s = kiosk.requireStudentSession();
        // One query: the challenge if it runs today in the student's class, and the chosen suggestion if it offers it.
        Optional<Target> found = target(s, act);
        if (found.isEmpty()) {
            // A retry of an act saved before the challenge ended still gets its first answer.
            return meters.repeated(existing(act, s).orElseThrow(
                    () -> new NotAllowedException("challenge " + act.challengeId() + " is not running in the student's class")));
        }
        classes.requireWritable(s.classId());
        Target target = found.get();
        Problems p = new Problems();
        String own = act.ownText() == null ? null : act.ownText().strip();
        if (act.suggestion() != null) {
            p.require(target.suggestionCategory() != null, "suggestion", "validation.required");
        } else {
            p.require(own != null && !own.isEmpty(), "ownText", "validation.required");
            p.require(own == null || own.codePointCount(0, own.length()) <= OWN_TEXT_MAX, "ownText", "validation.tooLong", OWN_TEXT_MAX);
            p.require(own == null || Problems.isPlainText(own, true), "ownText", "validation.controlCharacters");
        }
        p.require(act.feeling() == null || act.feeling() >= 1 && act.feeling() <= 5, "feeling", "validation.required");
        if (act.inspiredBy() != null) {
            p.require(jdbc.sql("""
                    select exists (select 1 from kindness_act where id = ? and class_id = ? and status = 'APPROVED'
                                   and category <> 'KIND_TO_MYSELF')""")
                    .params(act.inspiredBy(), s.classId()).query(Boolean.class).single(), "inspiredBy", "validation.required");
        }
        if (!p.isEmpty()) {
            // The same key saved before wins over whatever this attempt says, as a retry must.
            Optional<Recorded> earlier = existing(act, s);
            if (earlier.isPresent()) {
                return meters.repeated(earlier.get());
            }
            p.throwIfAny();
        }

        Category category = target.suggestionCategory() != null ? target.suggestionCategory()
                : act.recipient() == Recipient.MYSELF ? Category.KIND_TO_MYSELF : firstSharedCategory(target.categories());
        Optional<String> concern = own == null ? Optional.empty() : safeguarding.concerningPhrase(own);
        Status status = concern.isPresent() ? Status.NEEDS_ATTENTION : own != null ? Status.PENDING : Status.APPROVED;
        // Idempotent in one statement: a key seen before inserts nothing, and the first answer is looked up below.
        Long id = jdbc.sql("""
                insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, custom_act_id, own_text,
                    category, recipient, feeling, inspired_by, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing returning id""")
                .params(s.classId(), act.challengeId(), s.studentId(), act.idempotencyKey(), target.libraryActId(), target.customActId(),
                        own, category.name(), act.recipient().name(), act.feeling(), act.inspiredBy(),
                        status.name(), Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            // Saved before (a double tap, a retry, or a retry racing the first attempt): answer with what was saved first.
            return meters.repeated(existing(act, s).orElseThrow());
        }
        if (concern.isPresent()) {
            events.publishEvent(new ConcernRaised(AttentionSubject.ACT, id, s.classId(), concern.get()));
            audit.record("SAFEGUARDING_MATCH", "act:" + id, "class:" + s.classId());
        }
        return meters.saved(recorded(id, status));
    }

    /** A running challenge of the student's class, and the act it offers under the chosen key (if any). */
    private record Target(Set<Category> categories, @Nullable String libraryActId, @Nullable Long customActId,
            @Nullable Category suggestionCategory) {
    }

    private Optional<Target> target(StudentPrincipal s, RecordAct act) {
        String key = act.suggestion();
        String library = key != null && key.startsWith("lib:") && ActLibrary.byId(key.substring(4)).isPresent() ? key.substring(4) : null;
        Long custom = null;
        if (key != null && key.startsWith("custom:")) {
            try {
                custom = Long.parseLong(key.substring(7));
            } catch (NumberFormatException e) {
                custom = null;
            }
        }
        // "Today" at the school, as SchoolDay has it: the school's time zone, the injected clock.
        return jdbc.sql("""
                select c.categories, sg.library_act_id, sg.custom_act_id, ca.category
                from challenge c
                left join challenge_suggestion sg on sg.challenge_id = c.id
                     and (sg.library_act_id = :library or sg.custom_act_id = :custom)
                left join custom_act ca on ca.id = sg.custom_act_id
                where c.id = :challenge and c.class_id = :class
                  and cast(cast(:now as timestamptz) at time zone
                           coalesce((select time_zone from school where id = ripple_school()), 'UTC') as date)
                      between c.start_date and c.end_date
                limit 1""")
                .param("library", library).param("custom", custom).param("challenge", act.challengeId()).param("class", s.classId())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    String lib = rs.getString(2);
                    Long cust = (Long) rs.getObject(3);
                    Category category = lib != null ? ActLibrary.byId(lib).map(SuggestedAct::category).orElse(null)
                            : cust != null ? Category.valueOf(rs.getString(4)) : null;
                    return new Target(ChallengeService.parseCategories(rs.getString(1)), lib, cust, category);
                })
                .optional();
    }

    private Optional<Recorded> existing(RecordAct act, StudentPrincipal s) {
        return jdbc.sql("select id, status, student_id from kindness_act where idempotency_key = ?").param(act.idempotencyKey())
                .query((rs, n) -> {
                    if (rs.getLong(3) != s.studentId()) {
                        throw new NotAllowedException("idempotency key of another student");
                    }
                    return recorded(rs.getLong(1), Status.valueOf(rs.getString(2)));
                }).optional();
    }

    private Recorded recorded(long id, Status status) {
        boolean attention = status == Status.NEEDS_ATTENTION;
        return new Recorded(id, status, attention, attention ? safeguarding.trustedAdultText() : null);
    }

    private static Category firstSharedCategory(Set<Category> categories) {
        return categories.stream().filter(c -> !c.isPrivate()).findFirst().orElse(Category.KIND_TO_OTHERS);
    }

    /** The student's own last acts, newest first. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional(readOnly = true)
    public List<MyAct> myRecentActs() {
        return recent(kiosk.requireStudentSession());
    }

    private List<MyAct> recent(StudentPrincipal s) {
        return jdbc.sql("""
                select a.id, coalesce(a.own_text, ca.text), a.library_act_id, a.category, a.created_at, a.not_me
                from kindness_act a left join custom_act ca on ca.id = a.custom_act_id
                where a.student_id = ? order by a.created_at desc, a.id desc limit 5""")
                .param(s.studentId())
                .query((rs, n) -> new MyAct(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2),
                        rs.getString(3) == null ? null : "act." + rs.getString(3), Category.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
    }

    /** "That wasn't me": a student flags one of their own acts; the teacher sees the flag. */
    @PreAuthorize("hasRole('STUDENT')")
    @Transactional
    public void flagNotMe(long actId) {
        StudentPrincipal s = kiosk.requireStudentSession();
        classes.requireWritable(s.classId());
        int n = jdbc.sql("update kindness_act set not_me = true where id = ? and student_id = ?").params(actId, s.studentId()).update();
        if (n == 0) {
            throw new NotAllowedException("act " + actId + " is not the student's");
        }
        audit.record("ACT_FLAGGED_NOT_ME", "act:" + actId, "class:" + s.classId());
    }

}
