package app.ripple.lesson;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.AgeBand;
import app.ripple.lesson.LessonRecords.LessonCard;
import app.ripple.lesson.LessonRecords.LessonDetail;
import app.ripple.lesson.LessonRecords.LessonForm;
import app.ripple.lesson.LessonRecords.Step;
import app.ripple.lesson.LessonRecords.StepForm;
import app.ripple.lesson.library.BuiltInLesson;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.lesson.library.LessonStep;
import app.ripple.lesson.library.StepKind;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import com.vaadin.flow.i18n.I18NProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lesson library as staff see it: the built-in lessons (read-only), the lessons the district
 * shares with every school (read-only, {@link DistrictLessonService}) and the caller's own lessons,
 * which only their author may change. A teacher may also read another teacher's own
 * lesson once it is planned or delivered in a class they teach (co-teachers present it too).
 */
@Service
public class LessonService {

    static final String CUSTOM_PREFIX = "custom-";
    static final int MAX_STEPS = 20;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final I18NProvider i18n;
    private final Clock clock;

    LessonService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, I18NProvider i18n, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The reference of a teacher's own lesson. */
    public static String customRef(long id) {
        return CUSTOM_PREFIX + id;
    }

    /** The id of an own lesson's reference, or empty for a built-in one. */
    public static Optional<Long> customId(String ref) {
        if (!ref.startsWith(CUSTOM_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(ref.substring(CUSTOM_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Built-in lessons and the caller's own, optionally filtered by age band and component. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<LessonCard> library(@Nullable AgeBand band, @Nullable EvidenceComponent component, Locale locale) {
        Caller caller = currentUser.require();
        List<LessonCard> out = new ArrayList<>();
        for (BuiltInLesson l : LessonLibrary.all()) {
            out.add(new LessonCard(l.id(), true, t(l.titleKey(), locale), t(l.summaryKey(), locale), l.ageBands(), l.minutes(),
                    l.components(), false, false));
        }
        // The caller's own lessons, then the lessons the district shares with every school (read-only here).
        out.addAll(jdbc.sql("""
                select id, title, summary, age_bands, minutes, components, school_id is null as shared from custom_lesson
                where not archived and ((owner_id = ? and school_id = ripple_school()) or school_id is null)
                order by school_id is null, lower(title), id""")
                .param(caller.staffId())
                .query((rs, n) -> new LessonCard(customRef(rs.getLong(1)), false, rs.getString(2), rs.getString(3),
                        ageBands(rs.getString(4)), rs.getInt(5), components(rs.getString(6)), !rs.getBoolean(7), rs.getBoolean(7)))
                .list());
        return out.stream().filter(c -> band == null || c.ageBands().contains(band))
                .filter(c -> component == null || c.components().contains(component)).toList();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public LessonDetail lesson(String ref, Locale locale) {
        Optional<Long> custom = customId(ref);
        if (custom.isEmpty()) {
            BuiltInLesson l = LessonLibrary.byId(ref).orElseThrow(() -> new NotAllowedException("no lesson " + ref));
            return builtIn(l, locale);
        }
        long id = custom.get();
        requireRead(id);
        return customDetail(id);
    }

    /** An own lesson's fields for the editor: its author only. */
    @StaffOnly
    @Transactional(readOnly = true)
    public LessonForm form(long lessonId) {
        requireOwner(lessonId);
        LessonDetail d = customDetail(lessonId);
        List<StepForm> steps = d.steps().stream().filter(s -> s.kind() != StepKind.REFLECTION)
                .map(s -> new StepForm(s.kind(), s.title(), s.body(), s.minutes())).toList();
        return new LessonForm(d.title(), d.summary(), d.ageBands(), d.minutes(), String.join("\n", d.objectives()), d.components(),
                d.reflectionQuestion(), d.teacherNote(), d.storyLink(), steps);
    }

    @StaffOnly
    @Transactional
    public String create(LessonForm form) {
        return insert(form, null, currentLanguage());
    }

    @StaffOnly
    @Transactional
    public void update(long lessonId, LessonForm form) {
        requireOwner(lessonId);
        LessonForm f = validate(form);
        jdbc.sql("""
                update custom_lesson set title = ?, summary = ?, age_bands = ?, minutes = ?, objectives = ?, components = ?,
                    reflection_question = ?, teacher_note = ?, story_link = ?, updated_at = ? where id = ?""")
                .params(f.title(), f.summary(), ageBandCodes(f.ageBands()), f.minutes(), f.objectives(), componentNames(f.components()),
                        f.reflectionQuestion(), f.teacherNote(), f.storyLink(), Timestamp.from(clock.instant()), lessonId)
                .update();
        jdbc.sql("delete from custom_lesson_step where lesson_id = ?").param(lessonId).update();
        insertSteps(lessonId, f.steps());
        audit.record("LESSON_CHANGED", "lesson:" + lessonId, null);
    }

    /**
     * Copies a built-in lesson (in the viewer's language) or an own lesson into a new own lesson of
     * the caller. The caller must be able to read the original.
     */
    @StaffOnly
    @Transactional
    public String copy(String ref, Locale locale) {
        LessonDetail d = lesson(ref, locale);
        List<StepForm> steps = d.steps().stream().filter(s -> s.kind() != StepKind.REFLECTION)
                .map(s -> new StepForm(s.kind(), s.title(), s.prompts().isEmpty() ? s.body()
                        : s.body() + "\n\n" + s.prompts().stream().map(p -> "- " + p).collect(Collectors.joining("\n")), s.minutes()))
                .toList();
        String title = t("lessons.copyOf", locale, d.title());
        LessonForm form = new LessonForm(title.length() > 120 ? title.substring(0, 120) : title, d.summary(), d.ageBands(),
                Math.max(5, Math.min(240, d.minutes())), String.join("\n", d.objectives()), d.components(), d.reflectionQuestion(),
                d.teacherNote(), d.storyLink(), steps);
        String copiedFrom = customId(ref).map(id -> "custom:" + id).orElse(ref);
        return insert(form, copiedFrom, locale.getLanguage().equals("es") ? "es" : "en");
    }

    /** Takes an own lesson out of the library; plans and deliveries that use it keep it. */
    @StaffOnly
    @Transactional
    public void archive(long lessonId) {
        requireOwner(lessonId);
        jdbc.sql("update custom_lesson set archived = true, updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), lessonId).update();
        audit.record("LESSON_ARCHIVED", "lesson:" + lessonId, null);
    }

    /** The lessons the caller can plan or deliver: the same as the library, unfiltered. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<LessonCard> choices(Locale locale) {
        return library(null, null, locale);
    }

    // ---- for the delivery and reflection services (access already checked) ----

    /** The evidence components a lesson covers, for the delivery form's defaults. */
    Set<EvidenceComponent> componentsOf(String ref) {
        Optional<Long> custom = customId(ref);
        if (custom.isEmpty()) {
            return LessonLibrary.byId(ref).map(BuiltInLesson::components).orElse(Set.of());
        }
        return jdbc.sql("select components from custom_lesson where id = ?").param(custom.get()).query(String.class).optional()
                .map(LessonService::components).orElse(Set.of());
    }

    /** Whether the caller may plan this lesson: every built-in one, and own lessons they can read. */
    void requireUsable(String ref) {
        Optional<Long> custom = customId(ref);
        if (custom.isEmpty()) {
            if (LessonLibrary.byId(ref).isEmpty()) {
                throw new NotAllowedException("no lesson " + ref);
            }
            return;
        }
        requireRead(custom.get());
    }

    private void requireRead(long id) {
        Caller caller = currentUser.require();
        boolean allowed = jdbc.sql("""
                select exists (select 1 from custom_lesson l where l.id = :id and (l.school_id is null
                    or l.school_id = ripple_school() and (l.owner_id = :staff or :coordinator
                    or exists (select 1 from lesson_plan p join class_teacher ct on ct.class_id = p.class_id
                               where p.custom_lesson_id = l.id and ct.staff_id = :staff)
                    or exists (select 1 from lesson_delivery d join class_teacher ct on ct.class_id = d.class_id
                               where d.custom_lesson_id = l.id and ct.staff_id = :staff))))""")
                .param("id", id).param("staff", caller.staffId()).param("coordinator", caller.isCoordinator())
                .query(Boolean.class).single();
        if (!allowed) {
            throw new NotAllowedException("lesson " + id + " is not yours");
        }
    }

    /** The author, in their own school: a lesson the district shares (no school) is nobody's to change here. */
    private void requireOwner(long id) {
        Caller caller = currentUser.require();
        boolean mine = jdbc.sql("select exists (select 1 from custom_lesson where id = ? and owner_id = ? and school_id = ripple_school())")
                .params(id, caller.staffId()).query(Boolean.class).single();
        if (!mine) {
            throw new NotAllowedException("lesson " + id + " is not yours to change");
        }
    }

    private String insert(LessonForm form, @Nullable String copiedFrom, String language) {
        Caller caller = currentUser.require();
        LessonForm f = validate(form);
        long schoolId = jdbc.sql("select school_id from staff_account where id = ?").param(caller.staffId()).query(Long.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into custom_lesson (school_id, owner_id, copied_from, language, title, summary, age_bands, minutes, objectives,
                    components, reflection_question, teacher_note, story_link, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(schoolId, caller.staffId(), copiedFrom, language, f.title(), f.summary(), ageBandCodes(f.ageBands()), f.minutes(),
                        f.objectives(), componentNames(f.components()), f.reflectionQuestion(), f.teacherNote(), f.storyLink(), now, now)
                .query(Long.class).single();
        insertSteps(id, f.steps());
        audit.record(copiedFrom == null ? "LESSON_CREATED" : "LESSON_COPIED", "lesson:" + id, copiedFrom);
        return customRef(id);
    }

    private void insertSteps(long lessonId, List<StepForm> steps) {
        int position = 0;
        for (StepForm s : steps) {
            // A step belongs where its lesson does (a school, or the district for a shared lesson).
            jdbc.sql("""
                    insert into custom_lesson_step (school_id, lesson_id, position, kind, title, body, minutes)
                    values ((select school_id from custom_lesson where id = ?), ?, ?, ?, ?, ?, ?)""")
                    .params(lessonId, lessonId, position++, s.kind().name(), s.title(), s.body(), s.minutes()).update();
        }
    }

    /** Checks every field and returns the cleaned form; nothing is written when anything is wrong. */
    static LessonForm validate(LessonForm form) {
        Problems p = new Problems();
        String title = LessonMarkup.clean(form.title()).replace('\n', ' ');
        p.require(!title.isEmpty(), "title", "validation.required");
        p.require(title.length() <= 120, "title", "validation.tooLong", 120);
        String summary = LessonMarkup.clean(form.summary());
        p.require(summary.length() <= 1000, "summary", "validation.tooLong", 1000);
        p.require(!form.ageBands().isEmpty(), "ageBands", "lessons.ageBands.required");
        p.require(form.minutes() >= 5 && form.minutes() <= 240, "minutes", "lessons.minutes.range", 5, 240);
        String objectives = LessonMarkup.clean(form.objectives());
        p.require(objectives.length() <= 2000, "objectives", "validation.tooLong", 2000);
        p.require(!form.components().isEmpty(), "components", "lessons.components.required");
        String reflection = LessonMarkup.clean(form.reflectionQuestion()).replace('\n', ' ');
        p.require(!reflection.isEmpty(), "reflectionQuestion", "validation.required");
        p.require(reflection.length() <= 300, "reflectionQuestion", "validation.tooLong", 300);
        String note = LessonMarkup.clean(form.teacherNote());
        p.require(note.length() <= 4000, "teacherNote", "validation.tooLong", 4000);
        String link = form.storyLink() == null || form.storyLink().isBlank() ? null : form.storyLink().strip();
        p.require(link == null || isHttpsLink(link), "storyLink", "lessons.storyLink.https");
        p.require(!form.steps().isEmpty(), "steps", "lessons.steps.required");
        p.require(form.steps().size() <= MAX_STEPS, "steps", "lessons.steps.tooMany", MAX_STEPS);
        List<StepForm> steps = new ArrayList<>();
        for (int i = 0; i < form.steps().size(); i++) {
            StepForm s = form.steps().get(i);
            String stepTitle = LessonMarkup.clean(s.title()).replace('\n', ' ');
            String body = LessonMarkup.clean(s.body());
            boolean ok = !stepTitle.isEmpty() && stepTitle.length() <= 120 && body.length() <= 8000 && s.minutes() >= 0
                    && s.minutes() <= 240 && s.kind() != StepKind.REFLECTION;
            p.require(ok, "steps", "lessons.step.invalid", i + 1);
            steps.add(new StepForm(s.kind(), stepTitle, body, s.minutes()));
        }
        p.throwIfAny();
        return new LessonForm(title, summary, EnumSet.copyOf(form.ageBands()), form.minutes(), objectives,
                EnumSet.copyOf(form.components()), reflection, note, link, steps);
    }

    /** A lived-experience link must be a plain https address: no javascript:, data: or http: links. */
    static boolean isHttpsLink(String link) {
        if (link.length() > 500 || link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private LessonDetail builtIn(BuiltInLesson l, Locale locale) {
        List<Step> steps = new ArrayList<>();
        for (LessonStep s : l.steps()) {
            steps.add(new Step(s.kind(), t(s.titleKey(), locale), t(s.bodyKey(), locale), s.minutes(),
                    s.promptKeys().stream().map(k -> t(k, locale)).toList()));
        }
        return new LessonDetail(l.id(), true, t(l.titleKey(), locale), t(l.summaryKey(), locale), l.ageBands(), l.minutes(),
                l.objectiveKeys().stream().map(k -> t(k, locale)).toList(), steps, l.components(), t(l.reflectionQuestionKey(), locale),
                t(l.teacherNoteKey(), locale), null, false, null, false);
    }

    private LessonDetail customDetail(long id) {
        long me = currentUser.get().map(Caller::staffId).orElse(-1L);
        record Head(String title, String summary, String bands, int minutes, String objectives, String components, String reflection,
                String note, @Nullable String link, long owner, @Nullable String copiedFrom, boolean shared) {
        }
        Head h = jdbc.sql("""
                select title, summary, age_bands, minutes, objectives, components, reflection_question, teacher_note, story_link,
                       owner_id, copied_from, school_id is null from custom_lesson where id = ?""")
                .param(id)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), rs.getString(11),
                        rs.getBoolean(12)))
                .optional().orElseThrow(() -> new NotAllowedException("no lesson " + id));
        List<Step> steps = new ArrayList<>(jdbc.sql("select kind, title, body, minutes from custom_lesson_step where lesson_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Step(StepKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4), List.of()))
                .list());
        steps.add(new Step(StepKind.REFLECTION, "", h.reflection(), 0, List.of()));
        List<String> objectives = h.objectives().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new LessonDetail(customRef(id), false, h.title(), h.summary(), ageBands(h.bands()), h.minutes(), objectives, steps,
                components(h.components()), h.reflection(), h.note(), h.link(), h.owner() == me && !h.shared(), h.copiedFrom(),
                h.shared());
    }

    private String currentLanguage() {
        return jdbc.sql("select language from staff_account where id = ?").param(currentUser.require().staffId())
                .query(String.class).optional().filter(l -> l.equals("es")).orElse("en");
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    static Set<AgeBand> ageBands(String codes) {
        Set<AgeBand> out = EnumSet.noneOf(AgeBand.class);
        Arrays.stream(codes.split(",")).map(String::strip).map(AgeBand::ofCode).flatMap(Optional::stream).forEach(out::add);
        return out;
    }

    static String ageBandCodes(Collection<AgeBand> bands) {
        return bands.stream().sorted().map(AgeBand::code).collect(Collectors.joining(","));
    }

    static Set<EvidenceComponent> components(String names) {
        Set<EvidenceComponent> out = EnumSet.noneOf(EvidenceComponent.class);
        for (String n : names.split(",")) {
            try {
                if (!n.isBlank()) {
                    out.add(EvidenceComponent.valueOf(n.strip()));
                }
            } catch (IllegalArgumentException e) {
                // A component removed from the code: ignore it rather than fail the page.
            }
        }
        return out;
    }

    static String componentNames(Collection<EvidenceComponent> components) {
        return components.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
