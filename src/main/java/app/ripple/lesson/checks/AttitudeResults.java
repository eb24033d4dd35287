package app.ripple.lesson.checks;

import app.ripple.classroom.ClassService;
import app.ripple.school.AuditService;
import app.ripple.lesson.attitude.AnswerSummary;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.Pair;
import app.ripple.lesson.attitude.PairedAnalysis;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.attitude.Scoring;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentResult;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.lesson.checks.AttitudeRecords.SchoolInstrumentResult;
import app.ripple.security.StaffOnly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate attitude-check results for a class and term, for the class page, dashboards and the
 * term report. Only closed checks count; every figure passes {@link PairedAnalysis}, which shows
 * nothing for fewer than {@value PairedAnalysis#MIN_GROUP} students. Pseudonyms are used inside to
 * pair pre and post answers and never leave this class.
 */
@Service
public class AttitudeResults {

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final InstrumentStore store;
    private final AuditService audit;

    AttitudeResults(JdbcClient jdbc, ClassService classes, InstrumentStore store, AuditService audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.classes = classes;
        this.store = store;
    }

    /** Results per instrument used in the class and term, titles in English. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<InstrumentResult> forClass(long classId, long termId) {
        return forClass(classId, termId, "en");
    }

    /** Results per instrument used in the class and term (teachers of the class and coordinators only). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<InstrumentResult> forClass(long classId, long termId, String language) {
        classes.requireAccess(classId);
        audit.recordRead("ATTITUDE_RESULTS_VIEWED", "class:" + classId, "term:" + termId);
        List<String> codes = jdbc.sql("""
                select instrument_code from attitude_check where class_id = ? and term_id = ?
                group by instrument_code order by min(opened_at)""")
                .params(classId, termId).query(String.class).list();
        List<InstrumentResult> out = new ArrayList<>();
        for (String code : codes) {
            store.find(code).ifPresent(s -> out.add(result(classId, termId, s.instrument(), language)));
        }
        return out;
    }

    /**
     * PRE → POST per instrument for the whole school (the connection's school) and a term, the closed
     * checks of all its classes pooled; titles in {@code language}. For the district overview, which
     * shows only results with at least {@value PairedAnalysis#MIN_GROUP} pairs (never below the school).
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional(readOnly = true)
    public List<SchoolInstrumentResult> forSchool(long termId, String language) {
        record Answer(long classId, String instrument, String phase, String pseudonym, Integer[] answers) {
        }
        List<Answer> answers = jdbc.sql("""
                select c.class_id, c.instrument_code, c.phase, r.pseudonym, r.answers::int[]
                from attitude_check c join attitude_response r on r.check_id = c.id
                where c.term_id = ? and c.closed_at is not null and c.phase in ('PRE', 'POST')
                order by c.instrument_code""")
                .param(termId)
                .query((rs, n) -> new Answer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer[]) rs.getArray(5).getArray()))
                .list();
        // instrument -> phase -> (class, pseudonym) -> person score
        Map<String, Map<String, Map<String, Double>>> scores = new LinkedHashMap<>();
        Map<String, Instrument> instruments = new HashMap<>();
        for (Answer a : answers) {
            Instrument instrument = instruments.computeIfAbsent(a.instrument(),
                    code -> store.find(code).map(InstrumentStore.Stored::instrument).orElse(null));
            if (instrument == null) {
                continue;
            }
            try {
                double score = Scoring.personScore(instrument, List.of(a.answers()));
                scores.computeIfAbsent(a.instrument(), k -> new HashMap<>()).computeIfAbsent(a.phase(), k -> new HashMap<>())
                        .put(a.classId() + ":" + a.pseudonym(), score);
            } catch (IllegalArgumentException e) {
                // as for a class: a stored row that no longer fits the instrument is left out
            }
        }
        List<SchoolInstrumentResult> out = new ArrayList<>();
        scores.forEach((code, byPhase) -> {
            Instrument instrument = instruments.get(code);
            Map<String, Double> pre = byPhase.get(Phase.PRE.name());
            Map<String, Double> post = byPhase.get(Phase.POST.name());
            if (instrument != null && pre != null && post != null) {
                out.add(new SchoolInstrumentResult(code, instrument.title(language),
                        PairedAnalysis.analyze(pairs(pre, post), instrument.scale().min(), instrument.scale().max())));
            }
        });
        return out;
    }

    private InstrumentResult result(long classId, long termId, Instrument instrument, String language) {
        Map<String, Double> pre = scores(classId, termId, instrument, Phase.PRE);
        Map<String, Double> post = scores(classId, termId, instrument, Phase.POST);
        Map<String, Double> followUp = scores(classId, termId, instrument, Phase.FOLLOW_UP);
        double min = instrument.scale().min();
        double max = instrument.scale().max();
        PairedResult prePost = pre == null || post == null ? null : PairedAnalysis.analyze(pairs(pre, post), min, max);
        PairedResult preFollowUp = pre == null || followUp == null ? null : PairedAnalysis.analyze(pairs(pre, followUp), min, max);
        AnswerSummary summary = PairedAnalysis.summarize(pre == null ? List.of() : List.copyOf(pre.values()),
                post == null ? List.of() : List.copyOf(post.values()), min, max);
        return new InstrumentResult(instrument.id(), instrument.title(language), instrument.citation(), instrument.validated(),
                min, max, prePost, preFollowUp, summary);
    }

    private static List<Pair> pairs(Map<String, Double> before, Map<String, Double> after) {
        List<Pair> pairs = new ArrayList<>();
        before.forEach((pseudonym, score) -> {
            Double later = after.get(pseudonym);
            if (later != null) {
                pairs.add(new Pair(score, later));
            }
        });
        return pairs;
    }

    /** Person scores by pseudonym of the closed check of one phase, or {@code null} if there is none. */
    private @Nullable Map<String, Double> scores(long classId, long termId, Instrument instrument, Phase phase) {
        Long checkId = jdbc.sql("""
                select id from attitude_check where class_id = ? and term_id = ? and instrument_code = ? and phase = ?
                  and closed_at is not null""")
                .params(classId, termId, instrument.id(), phase.name()).query(Long.class).optional().orElse(null);
        if (checkId == null) {
            return null;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        jdbc.sql("select pseudonym, answers::int[] from attitude_response where check_id = ?").param(checkId)
                .query((rs, n) -> {
                    Integer[] a = (Integer[]) rs.getArray(2).getArray();
                    try {
                        scores.put(rs.getString(1), Scoring.personScore(instrument, List.of(a)));
                    } catch (IllegalArgumentException e) {
                        // A stored row that no longer fits the instrument is left out rather than breaking the page.
                    }
                    return null;
                })
                .list();
        return scores;
    }
}
