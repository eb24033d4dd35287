package app.ripple.challenge;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.ChallengeInfo;
import app.ripple.challenge.ChallengeRecords.Progress;
import app.ripple.challenge.ChallengeRecords.Suggestion;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.challenge.library.SuggestedAct;
import app.ripple.classroom.ClassService;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kindness challenges of a class: dates, a collective goal, the categories and suggested acts.
 * Only the class's teachers (and coordinators) manage them. Progress is always the class's, never a
 * student's: nothing here ranks anyone.
 */
@Service
public class ChallengeService {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SchoolDay schoolDay;
    private final Clock clock;

    ChallengeService(JdbcClient jdbc, ClassService classes, CurrentUser currentUser, AuditService audit, SchoolDay schoolDay,
            Clock clock) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.schoolDay = schoolDay;
        this.clock = clock;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<ChallengeInfo> challenges(long classId) {
        classes.requireAccess(classId);
        return load(classId, null);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public ChallengeInfo get(long challengeId) {
        long classId = classOf(challengeId);
        classes.requireAccess(classId);
        return load(classId, challengeId).getFirst();
    }

    @StaffOnly
    @Transactional
    public long create(long classId, ChallengeForm form) {
        classes.requireWritable(classId);
        validate(form);
        long id = jdbc.sql("""
                insert into challenge (class_id, title, description, start_date, end_date, goal, categories, self_counts, template_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, form.title().strip(), form.description().strip(), Date.valueOf(form.start()), Date.valueOf(form.end()),
                        form.goal(), categories(form.categories()), form.selfCounts(), form.templateId(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        saveSuggestions(id, form.suggestions());
        audit.record("CHALLENGE_CREATED", "challenge:" + id, "class:" + classId);
        return id;
    }

    @StaffOnly
    @Transactional
    public void update(long challengeId, ChallengeForm form) {
        long classId = classOf(challengeId);
        classes.requireWritable(classId);
        validate(form);
        jdbc.sql("""
                update challenge set title = ?, description = ?, start_date = ?, end_date = ?, goal = ?, categories = ?, self_counts = ?
                where id = ?""")
                .params(form.title().strip(), form.description().strip(), Date.valueOf(form.start()), Date.valueOf(form.end()),
                        form.goal(), categories(form.categories()), form.selfCounts(), challengeId)
                .update();
        jdbc.sql("delete from challenge_suggestion where challenge_id = ?").param(challengeId).update();
        saveSuggestions(challengeId, form.suggestions());
        audit.record("CHALLENGE_CHANGED", "challenge:" + challengeId, null);
    }

    /** Copies a challenge (not its acts) to another class the caller teaches. */
    @StaffOnly
    @Transactional
    public long copyTo(long challengeId, long targetClassId) {
        ChallengeInfo source = get(challengeId);
        classes.requireWritable(targetClassId);
        return create(targetClassId, new ChallengeForm(source.title(), source.description(), source.start(), source.end(),
                source.goal(), source.categories(), source.suggestions().stream().map(Suggestion::key).toList(), source.selfCounts(),
                source.templateId()));
    }

    @StaffOnly
    @Transactional
    public void delete(long challengeId) {
        long classId = classOf(challengeId);
        classes.requireWritable(classId);
        jdbc.sql("delete from challenge where id = ?").param(challengeId).update();
        audit.record("CHALLENGE_DELETED", "challenge:" + challengeId, "class:" + classId);
    }

    /** A teacher's own suggested act, offered next to the library's. */
    @StaffOnly
    @Transactional
    public long addOwnSuggestion(Category category, String text) {
        Problems p = new Problems();
        String t = text.strip();
        p.require(!t.isEmpty(), "text", "validation.required");
        p.require(t.length() <= 200, "text", "validation.tooLong", 200);
        p.require(t.codePoints().noneMatch(Character::isISOControl), "text", "validation.controlCharacters");
        if (t.codePoints().noneMatch(Character::isISOControl)) {
            p.requirePlainText(t, "text", false);
        }
        p.throwIfAny();
        return jdbc.sql("insert into custom_act (staff_id, category, text, created_at) values (?, ?, ?, ?) returning id")
                .params(currentUser.require().staffId(), category.name(), t, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** The caller's own suggestions. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<Suggestion> ownSuggestions() {
        return jdbc.sql("select id, category, text from custom_act where staff_id = ? order by id")
                .param(currentUser.require().staffId())
                .query((rs, n) -> custom(rs.getLong(1), Category.valueOf(rs.getString(2)), rs.getString(3))).list();
    }

    /** Progress of the class's challenges running today, for the teacher's pages. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<Progress> runningProgress(long classId) {
        classes.requireAccess(classId);
        return progressOfRunning(classId);
    }

    /** The same for code that already checked access (the tablet, the wall). */
    List<Progress> progressOfRunning(long classId) {
        LocalDate today = schoolDay.today();
        return load(classId, null).stream().filter(c -> c.runsOn(today))
                .map(c -> new Progress(c.id(), c.title(), c.count(), c.goal())).toList();
    }

    /**
     * The class's challenges (or one of them) with their suggestions and progress. Progress counts
     * acts that are approved or waiting for the teacher (not hidden, not held for safeguarding),
     * "kind to myself" ones only if the challenge says so; the database keeps these counts in
     * challenge_tally (V6) in the same transaction as every change to an act, so nothing is counted here.
     */
    List<ChallengeInfo> load(long classId, @org.jspecify.annotations.Nullable Long only) {
        List<ChallengeInfo> list = jdbc.sql("""
                select c.id, c.title, c.description, c.start_date, c.end_date, c.goal, c.categories, c.self_counts, c.template_id,
                       coalesce(t.shared_count + case when c.self_counts then t.self_count else 0 end, 0) as counted
                from challenge c left join challenge_tally t on t.challenge_id = c.id
                where c.class_id = ? and (cast(? as bigint) is null or c.id = ?) order by c.start_date desc, c.id desc""")
                .params(classId, only, only)
                .query((rs, n) -> new ChallengeInfo(rs.getLong("id"), classId, rs.getString("title"), rs.getString("description"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getInt("goal"),
                        parseCategories(rs.getString("categories")), rs.getBoolean("self_counts"), rs.getString("template_id"),
                        List.of(), rs.getInt("counted")))
                .list();
        if (list.isEmpty()) {
            return list;
        }
        Map<Long, List<Suggestion>> suggestions = suggestionsOf(list.stream().map(ChallengeInfo::id).toList());
        List<ChallengeInfo> out = new ArrayList<>();
        for (ChallengeInfo c : list) {
            out.add(new ChallengeInfo(c.id(), c.classId(), c.title(), c.description(), c.start(), c.end(), c.goal(), c.categories(),
                    c.selfCounts(), c.templateId(), suggestions.getOrDefault(c.id(), List.of()), c.count()));
        }
        return out;
    }

    private Map<Long, List<Suggestion>> suggestionsOf(List<Long> challengeIds) {
        record Row(long challengeId, String libraryId, Long customId, String customCategory, String customText) {
        }
        List<Row> rows = jdbc.sql("""
                select s.challenge_id, s.library_act_id, s.custom_act_id, ca.category, ca.text
                from challenge_suggestion s left join custom_act ca on ca.id = s.custom_act_id
                where s.challenge_id = any(?) order by s.challenge_id, s.position""")
                .param(challengeIds.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5)))
                .list();
        return rows.stream().map(r -> Map.entry(r.challengeId(), r.libraryId() != null
                        ? ActLibrary.byId(r.libraryId()).map(ChallengeService::library).orElse(null)
                        : r.customId() == null ? null : custom(r.customId(), Category.valueOf(r.customCategory()), r.customText())))
                .filter(e -> e.getValue() != null)
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static Suggestion library(SuggestedAct a) {
        return new Suggestion("lib:" + a.id(), a.category(), a.textKey(), null, a.pictureId());
    }

    static Suggestion custom(long id, Category category, String text) {
        return new Suggestion("custom:" + id, category, null, text, category.pictureId());
    }

    private void saveSuggestions(long challengeId, List<String> keys) {
        int position = 0;
        for (String key : keys.stream().distinct().toList()) {
            if (key.startsWith("lib:") && ActLibrary.byId(key.substring(4)).isPresent()) {
                jdbc.sql("insert into challenge_suggestion (challenge_id, position, library_act_id) values (?, ?, ?)")
                        .params(challengeId, position++, key.substring(4)).update();
            } else if (key.startsWith("custom:")) {
                long customId = Long.parseLong(key.substring(7));
                // Only one's own suggestions, or ones already used in a challenge being copied.
                boolean usable = jdbc.sql("select exists (select 1 from custom_act where id = ?)").param(customId).query(Boolean.class).single();
                if (usable) {
                    jdbc.sql("insert into challenge_suggestion (challenge_id, position, custom_act_id) values (?, ?, ?)")
                            .params(challengeId, position++, customId).update();
                }
            }
        }
    }

    private static void validate(ChallengeForm form) {
        Problems p = new Problems();
        String title = form.title().strip();
        p.require(!title.isEmpty(), "title", "validation.required");
        p.require(title.length() <= 120, "title", "validation.tooLong", 120);
        p.requirePlainText(title, "title", false);
        p.require(form.description().strip().length() <= 1000, "description", "validation.tooLong", 1000);
        p.requirePlainText(form.description(), "description", true);
        p.require(form.start() != null, "start", "validation.required");
        p.require(form.end() != null, "end", "validation.required");
        if (form.start() != null && form.end() != null) {
            p.require(!form.end().isBefore(form.start()), "end", "term.endBeforeStart");
        }
        p.require(form.goal() >= 1 && form.goal() <= 100_000, "goal", "challenge.goal.range");
        p.require(!form.categories().isEmpty(), "categories", "challenge.categories.required");
        p.throwIfAny();
    }

    private long classOf(long challengeId) {
        Optional<Long> classId = jdbc.sql("select class_id from challenge where id = ?").param(challengeId).query(Long.class).optional();
        return classId.orElseThrow(() -> new NotAllowedException("no challenge " + challengeId));
    }

    static String categories(Set<Category> categories) {
        return categories.stream().sorted().map(Category::name).collect(Collectors.joining(","));
    }

    static Set<Category> parseCategories(String s) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).forEach(x -> out.add(Category.valueOf(x)));
        return out;
    }
}
