package app.ripple.report;

import app.ripple.challenge.Category;
import app.ripple.challenge.WallService;
import app.ripple.dashboard.ClassDashboardService;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.attitude.AttitudeTexts;
import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.ImportResult;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.InstrumentImporter;
import app.ripple.lesson.attitude.Pair;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.attitude.Scoring;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.report.ReportData.ActRow;
import app.ripple.report.ReportData.AttitudeBlock;
import app.ripple.report.ReportData.CategoryCount;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.Cover;
import app.ripple.report.ReportData.Delivery;
import app.ripple.report.ReportData.DoseRow;
import app.ripple.report.ReportData.FamilyAct;
import app.ripple.report.ReportData.FamilyLesson;
import app.ripple.report.ReportData.FamilyPage;
import app.ripple.report.ReportData.FamilyPages;
import app.ripple.report.ReportData.Figures;
import app.ripple.report.ReportData.Goal;
import app.ripple.report.ReportData.Highlight;
import app.ripple.report.ReportData.Lessons;
import app.ripple.report.ReportData.Line;
import app.ripple.report.ReportData.Paper;
import app.ripple.report.ReportData.ParticipationRow;
import app.ripple.report.ReportData.Ripples;
import app.ripple.report.ReportData.Summary;
import app.ripple.report.ReportData.WeekCount;
import app.ripple.school.SchoolTimeZone;
import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's read model: plain SQL over the read-only views that the challenge, lesson, classroom
 * and school modules publish (V13) and this module's own tables. It checks no caller itself; only {@link ReportService} (which does) uses it. Lesson
 * completion comes from the lesson feature ({@code DeliveryService.progress}) and acts per week from
 * the dashboard ({@code ClassDashboardService.actsPerWeek}), so the report shows the same figures. Dates are days in
 * the school's time zone.
 *
 * <p>Definitions (also in docs/report.md): an act <em>counts</em> when it is approved or waiting
 * for approval (never hidden or held for safeguarding), as for challenge goals. A student is
 * <em>enrolled</em> in the period unless they left before it started. A lesson counts as
 * <em>delivered while enrolled</em> for a student when they were enrolled when it was held (the
 * lesson feature's rule, the database function {@code lesson_enrolled}, as the dashboards count it).
 * <em>Attended</em> = participated, present, or absent
 * with a make-up date.
 */
@Component
class ReportReader {

    /** Shown on family pages at most; the rest is summarised as "and N more". */
    static final int FAMILY_ACTS = 12;

    private final JdbcClient jdbc;
    private final I18NProvider i18n;
    private final WallService walls;
    private final Clock clock;
    private final DeliveryService lessonProgress;
    private final ClassDashboardService dashboards;
    private final SchoolTimeZone schoolTime;

    ReportReader(JdbcClient jdbc, I18NProvider i18n, WallService walls, Clock clock, DeliveryService lessonProgress,
            ClassDashboardService dashboards, SchoolTimeZone schoolTime) {
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.walls = walls;
        this.clock = clock;
        this.lessonProgress = lessonProgress;
        this.dashboards = dashboards;
        this.schoolTime = schoolTime;
    }

    record ClassContext(long classId, String className, List<String> teachers, @Nullable Long termId,
            @Nullable String termName, LocalDate from, LocalDate to, String schoolName, ZoneId zone, Paper paper,
            Instant generatedAt, Locale locale) {

        Timestamp fromTs() {
            return Timestamp.from(from.atStartOfDay(zone).toInstant());
        }

        Timestamp toTs() {
            return Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    ClassContext context(long classId, Locale locale) {
        Instant now = clock.instant();
        ZoneId zone = schoolTime.zone();
        return jdbc.sql("""
                select c.id, c.name, c.term_id, t.name as term_name, t.start_date, t.end_date, c.created_at,
                       s.name as school_name, s.paper_size,
                       (select coalesce(array_agg(sa.name order by sa.name), '{}') from classroom_class_teachers_v ct
                          join school_staff_v sa on sa.id = ct.staff_id where ct.class_id = c.id) as teachers
                from classroom_classes_v c join school_schools_v s on s.id = c.school_id left join school_terms_v t on t.id = c.term_id
                where c.id = ?""")
                .param(classId)
                .query((rs, n) -> {
                    LocalDate from = rs.getObject("start_date", LocalDate.class);
                    LocalDate to = rs.getObject("end_date", LocalDate.class);
                    if (from == null || to == null) {
                        from = LocalDate.ofInstant(rs.getTimestamp("created_at").toInstant(), zone);
                        to = LocalDate.ofInstant(now, zone);
                        if (to.isBefore(from)) {
                            to = from;
                        }
                    }
                    return new ClassContext(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("teachers")),
                            (Long) rs.getObject("term_id"), rs.getString("term_name"), from, to, rs.getString("school_name"),
                            zone, "LETTER".equals(rs.getString("paper_size")) ? Paper.LETTER : Paper.A4, now, locale);
                })
                .single();
    }

    ClassReport classReport(long classId, Locale locale) {
        ClassContext c = context(classId, locale);
        Cover cover = new Cover(c.schoolName(), c.classId(), c.className(), c.teachers(), c.termId(), c.termName(), c.from(),
                c.to(), c.generatedAt(), c.zone(), c.paper(), locale);
        return new ClassReport(cover, summary(c), weeks(c), categories(c), ripples(c), lessons(c), participation(c),
                attitude(c), highlights(c), closingParagraph(classId));
    }

    // ------------------------------------------------------------------ acts

    private static final String COUNTED = "a.status in ('APPROVED', 'PENDING')";

    private Summary summary(ClassContext c) {
        int acts = jdbc.sql("select count(*) from challenge_acts_v a where a.class_id = ? and " + COUNTED
                + " and a.created_at >= ? and a.created_at < ?")
                .params(c.classId(), c.fromTs(), c.toTs()).query(Integer.class).single();
        List<Goal> goals = jdbc.sql("""
                select ch.id, ch.title, ch.goal,
                       (select count(*) from challenge_acts_v a where a.challenge_id = ch.id and a.status in ('APPROVED', 'PENDING')
                          and (ch.self_counts or a.category <> 'KIND_TO_MYSELF')) as counted
                from challenge_challenges_v ch where ch.class_id = ? and ch.start_date <= ? and ch.end_date >= ?
                order by ch.start_date, ch.id""")
                .params(c.classId(), c.to(), c.from())
                .query((rs, n) -> new Goal(rs.getLong("id"), rs.getString("title"), rs.getInt("counted"), rs.getInt("goal")))
                .list();
        int[] counts = jdbc.sql("""
                select count(*) as students,
                       count(*) filter (where exists (select 1 from challenge_acts_v a where a.student_id = s.id and a.status in ('APPROVED', 'PENDING')
                                        and a.created_at >= :from and a.created_at < :to)) as took_part,
                       count(*) filter (where exists (select 1 from challenge_acts_v a where a.student_id = s.id and a.status in ('APPROVED', 'PENDING')
                                        and a.category = 'KIND_TO_MYSELF' and a.created_at >= :from and a.created_at < :to)) as self_kind
                from classroom_students_v s where s.class_id = :class and s.created_at < :to
                  and (s.left_at is null or s.left_at >= :from) and (s.active or s.left_at is not null)""")
                .param("class", c.classId()).param("from", c.fromTs()).param("to", c.toTs())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).single();
        Double tookPart = counts[0] == 0 ? null : counts[1] / (double) counts[0];
        Double selfKind = counts[0] == 0 ? null : counts[2] / (double) counts[0];
        return new Summary(acts, goals, counts[0], counts[1], tookPart, selfKind);
    }

    /** The dashboard's weekly counts (one definition of "acts per week"), for every week of the period. */
    private List<WeekCount> weeks(ClassContext c) {
        return dashboards.actsPerWeek(c.classId(), c.from(), c.to()).stream()
                .map(w -> new WeekCount(w.weekStart(), w.acts())).toList();
    }

    private List<CategoryCount> categories(ClassContext c) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category cat : Category.values()) {
            if (!cat.isPrivate()) {
                counts.put(cat, 0);
            }
        }
        jdbc.sql("select a.category, count(*) from challenge_acts_v a where a.class_id = ? and " + COUNTED
                + " and a.category <> 'KIND_TO_MYSELF' and a.created_at >= ? and a.created_at < ? group by 1")
                .params(c.classId(), c.fromTs(), c.toTs())
                .query((rs, n) -> counts.put(Category.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts.entrySet().stream().map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
    }

    private Ripples ripples(ClassContext c) {
        WallService.Wall wall = walls.wall(c.classId());
        List<String> texts = wall.longestCards().stream()
                .map(card -> card.text() != null ? card.text() : card.textKey() != null ? t(c, card.textKey()) : "")
                .toList();
        return new Ripples(wall.rippleCount(), wall.longest() == null ? 0 : wall.longest().length(), texts);
    }

    private List<Highlight> highlights(ClassContext c) {
        return jdbc.sql("""
                select a.id, coalesce(a.wall_text, a.own_text, ca.text) as text, a.library_act_id, a.category, a.created_at
                from report_highlight h join challenge_acts_v a on a.id = h.act_id left join challenge_custom_acts_v ca on ca.id = a.custom_act_id
                where h.class_id = ? and a.status = 'APPROVED' and a.category <> 'KIND_TO_MYSELF'
                order by h.position""")
                .param(c.classId())
                .query((rs, n) -> new Highlight(rs.getLong(1), actText(c, rs.getString(2), rs.getString(3)),
                        Category.valueOf(rs.getString(4)), day(c, rs.getTimestamp(5))))
                .list();
    }

    private String closingParagraph(long classId) {
        return jdbc.sql("select closing_paragraph from report_note where class_id = ?").param(classId).query(String.class)
                .optional().orElse("");
    }

    List<ActRow> acts(ClassContext c) {
        return jdbc.sql("""
                select a.id, a.created_at, ch.title, a.category, a.recipient, a.status,
                       coalesce(a.wall_text, a.own_text, ca.text) as text, a.library_act_id, a.inspired_by
                from challenge_acts_v a join challenge_challenges_v ch on ch.id = a.challenge_id left join challenge_custom_acts_v ca on ca.id = a.custom_act_id
                where a.class_id = ? and a.created_at >= ? and a.created_at < ?
                order by a.created_at, a.id""")
                .params(c.classId(), c.fromTs(), c.toTs())
                .query((rs, n) -> {
                    Category category = Category.valueOf(rs.getString("category"));
                    boolean shareable = "APPROVED".equals(rs.getString("status")) && !category.isPrivate();
                    return new ActRow(rs.getLong("id"), day(c, rs.getTimestamp("created_at")), rs.getString("title"), category,
                            rs.getString("recipient"), rs.getString("status"),
                            shareable ? actText(c, rs.getString("text"), rs.getString("library_act_id")) : null,
                            (Long) rs.getObject("inspired_by"));
                })
                .list();
    }

    // ------------------------------------------------------------------ lessons

    private Lessons lessons(ClassContext c) {
        List<Delivery> deliveries = deliveries(c);
        return new Lessons(lessonProgress.progress(c.classId(), c.from(), c.to()),
                deliveries.stream().mapToInt(Delivery::minutes).sum(), deliveries);
    }

    private List<Delivery> deliveries(ClassContext c) {
        return jdbc.sql("""
                select d.id, d.delivered_on, d.builtin_lesson_id, cl.title, d.minutes, d.components
                from lesson_deliveries_v d left join lesson_custom_lessons_v cl on cl.id = d.custom_lesson_id
                where d.class_id = ? and d.delivered_on between ? and ? order by d.delivered_on, d.id""")
                .params(c.classId(), c.from(), c.to())
                .query((rs, n) -> new Delivery(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        lessonTitle(c, rs.getString(3), rs.getString(4)), rs.getInt(5), components(rs.getString(6))))
                .list();
    }

    private static final String ENROLLED_DELIVERIES = """
            from lesson_deliveries_v d
            where d.class_id = s.class_id and d.delivered_on between :from and :to
              and lesson_enrolled(s.created_at, s.left_at, d.delivered_on, d.created_at, :zone)""";

    private List<DoseRow> participation(ClassContext c) {
        return jdbc.sql("""
                select s.id, s.display_name, s.left_at is not null as left_class,
                       (select count(*) """ + ENROLLED_DELIVERIES + """
                          and exists (select 1 from lesson_participation_v p where p.delivery_id = d.id and p.student_id = s.id
                                      and (p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null))) as attended,
                       (select count(*) """ + ENROLLED_DELIVERIES + """
                       ) as delivered,
                       (select count(*) from lesson_participation_v p join lesson_deliveries_v d on d.id = p.delivery_id
                          where p.student_id = s.id and p.status = 'ABSENT' and p.made_up_on is not null
                            and d.delivered_on between :from and :to) as made_up
                from classroom_students_v s where s.class_id = :class and s.created_at < :toTs
                  and (s.left_at is null or s.left_at >= :fromTs) and (s.active or s.left_at is not null)
                order by lower(s.display_name), s.id""")
                .param("class", c.classId()).param("from", c.from()).param("to", c.to()).param("zone", c.zone().getId())
                .param("fromTs", c.fromTs()).param("toTs", c.toTs())
                .query((rs, n) -> new DoseRow(rs.getLong("id"), rs.getString("display_name"), rs.getInt("attended"),
                        rs.getInt("delivered"), rs.getInt("made_up"), rs.getBoolean("left_class")))
                .list().stream().sorted(byName(c.locale(), DoseRow::name)).toList();
    }

    List<ParticipationRow> participationRows(ClassContext c) {
        return jdbc.sql("""
                select s.display_name, d.delivered_on, d.builtin_lesson_id, cl.title, p.status, p.made_up_on
                from lesson_participation_v p join lesson_deliveries_v d on d.id = p.delivery_id join classroom_students_v s on s.id = p.student_id
                left join lesson_custom_lessons_v cl on cl.id = d.custom_lesson_id
                where d.class_id = ? and d.delivered_on between ? and ?
                order by d.delivered_on, d.id, lower(s.display_name), s.id""")
                .params(c.classId(), c.from(), c.to())
                .query((rs, n) -> new ParticipationRow(rs.getString(1), rs.getObject(2, LocalDate.class),
                        lessonTitle(c, rs.getString(3), rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    // ------------------------------------------------------------------ attitude

    private List<AttitudeBlock> attitude(ClassContext c) {
        record Check(long id, String instrument, String phase) {
        }
        List<Check> checks = jdbc.sql("""
                select id, instrument_code, phase from lesson_attitude_checks_v
                where class_id = ? and (cast(? as bigint) is null or term_id = ?) order by instrument_code, phase""")
                .params(c.classId(), c.termId(), c.termId())
                .query((rs, n) -> new Check(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        Map<String, Map<String, Long>> byInstrument = new LinkedHashMap<>();
        for (Check check : checks) {
            byInstrument.computeIfAbsent(check.instrument(), k -> new HashMap<>()).put(check.phase(), check.id());
        }
        List<AttitudeBlock> blocks = new ArrayList<>();
        String language = c.locale().getLanguage();
        for (var e : byInstrument.entrySet()) {
            Optional<Instrument> found = instrument(e.getKey());
            if (found.isEmpty()) {
                continue;
            }
            Instrument instrument = found.get();
            Map<String, Double> pre = scores(instrument, e.getValue().get("PRE"));
            Map<String, Double> post = scores(instrument, e.getValue().get("POST"));
            List<Pair> pairs = new ArrayList<>();
            pre.forEach((pseudonym, score) -> {
                Double after = post.get(pseudonym);
                if (after != null) {
                    pairs.add(new Pair(score, after));
                }
            });
            PairedResult result = PairedAnalysis.analyze(pairs, instrument.scale().min(), instrument.scale().max());
            Figures figures = result instanceof PairedResult.Figures f
                    ? new Figures(f.n(), f.preMean(), f.postMean(), f.meanDifference(), f.ciLow(), f.ciHigh(), f.dz(), f.worsenedShare())
                    : null;
            List<Line> lines = AttitudeTexts.describe(result).stream().map(l -> new Line(l.key(), l.args())).toList();
            blocks.add(new AttitudeBlock(instrument.id(), instrument.title(language), instrument.validated(),
                    instrument.rippleTranslations().contains(language), instrument.citation(), pre.size(), post.size(), figures,
                    lines));
        }
        return blocks;
    }

    private Optional<Instrument> instrument(String code) {
        Optional<Instrument> builtIn = BuiltInInstruments.byId(code);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return jdbc.sql("select definition from lesson_attitude_instruments_v where code = ? order by id limit 1").param(code)
                .query(String.class).optional()
                .flatMap(json -> InstrumentImporter.fromFile(code + ".json", json.getBytes(StandardCharsets.UTF_8), Set.of())
                        instanceof ImportResult.Imported imported ? Optional.of(imported.instrument()) : Optional.empty());
    }

    /** pseudonym → person score; answers that cannot be scored (wrong length, out of scale) are left out. */
    private Map<String, Double> scores(Instrument instrument, @Nullable Long checkId) {
        Map<String, Double> scores = new HashMap<>();
        if (checkId == null) {
            return scores;
        }
        jdbc.sql("select pseudonym, answers from lesson_attitude_responses_v where check_id = ?").param(checkId)
                .query((rs, n) -> {
                    Object[] raw = (Object[]) rs.getArray(2).getArray();
                    List<Integer> answers = Arrays.stream(raw).map(o -> o == null ? null : ((Number) o).intValue()).toList();
                    try {
                        scores.put(rs.getString(1).strip(), Scoring.personScore(instrument, answers));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        // an answer row that does not fit the instrument: left out rather than guessed
                    }
                    return null;
                }).list();
        return scores;
    }

    // ------------------------------------------------------------------ family pages

    FamilyPages familyPages(long classId, Locale locale) {
        ClassContext c = context(classId, locale);
        List<DoseRow> students = participation(c);
        Map<Long, List<FamilyAct>> acts = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select a.student_id, a.created_at, coalesce(a.wall_text, a.own_text, ca.text), a.library_act_id, a.category, a.status
                from challenge_acts_v a left join challenge_custom_acts_v ca on ca.id = a.custom_act_id
                where a.class_id = ? and a.student_id is not null and a.status in ('APPROVED', 'PENDING')
                  and a.created_at >= ? and a.created_at < ? order by a.created_at desc, a.id desc""")
                .params(classId, c.fromTs(), c.toTs())
                .query((rs, n) -> {
                    long student = rs.getLong(1);
                    Category category = Category.valueOf(rs.getString(5));
                    int[] cnt = counts.computeIfAbsent(student, k -> new int[2]);
                    if (category.isPrivate()) {
                        cnt[1]++;
                    } else {
                        cnt[0]++;
                        if ("APPROVED".equals(rs.getString(6))) {
                            acts.computeIfAbsent(student, k -> new ArrayList<>()).add(new FamilyAct(day(c, rs.getTimestamp(2)),
                                    actText(c, rs.getString(3), rs.getString(4)), category));
                        }
                    }
                    return null;
                }).list();
        Map<Long, List<FamilyLesson>> lessons = new HashMap<>();
        jdbc.sql("""
                select p.student_id, d.delivered_on, d.builtin_lesson_id, cl.title, p.status, p.made_up_on
                from lesson_participation_v p join lesson_deliveries_v d on d.id = p.delivery_id
                left join lesson_custom_lessons_v cl on cl.id = d.custom_lesson_id
                where d.class_id = ? and d.delivered_on between ? and ?
                  and (p.status in ('PARTICIPATED', 'PRESENT') or p.made_up_on is not null)
                order by d.delivered_on, d.id""")
                .params(classId, c.from(), c.to())
                .query((rs, n) -> lessons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FamilyLesson(
                        rs.getObject(2, LocalDate.class), lessonTitle(c, rs.getString(3), rs.getString(4)), rs.getString(5),
                        rs.getObject(6, LocalDate.class))))
                .list();
        List<FamilyPage> pages = students.stream().map(s -> {
            int[] cnt = counts.getOrDefault(s.studentId(), new int[2]);
            return new FamilyPage(s.studentId(), s.name(), cnt[0], cnt[1], acts.getOrDefault(s.studentId(), List.of()),
                    lessons.getOrDefault(s.studentId(), List.of()));
        }).toList();
        return new FamilyPages(c.schoolName(), c.className(), c.termName(), c.from(), c.to(), c.generatedAt(), c.zone(), c.paper(),
                locale, pages);
    }

    // ------------------------------------------------------------------ helpers

    private String t(ClassContext c, String key, Object... args) {
        return i18n.getTranslation(key, c.locale(), args);
    }

    private String actText(ClassContext c, @Nullable String text, @Nullable String libraryId) {
        if (text != null) {
            return text;
        }
        return libraryId != null ? t(c, "act." + libraryId) : "";
    }

    private String lessonTitle(ClassContext c, @Nullable String builtinId, @Nullable String customTitle) {
        if (customTitle != null) {
            return customTitle;
        }
        if (builtinId == null) {
            return "";
        }
        return LessonLibrary.byId(builtinId).map(l -> t(c, l.titleKey())).orElse(builtinId);
    }

    /** Names in the reader's alphabetical order ("Íñigo" next to "Ian", not after "Zoë"). */
    static <T> java.util.Comparator<T> byName(Locale locale, java.util.function.Function<T, String> name) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        collator.setStrength(java.text.Collator.SECONDARY);
        return java.util.Comparator.comparing(name, collator);
    }

    private static LocalDate day(ClassContext c, Timestamp ts) {
        return LocalDate.ofInstant(ts.toInstant(), c.zone());
    }

    private static List<String> components(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
