package app.ripple.lesson.checks;

import app.ripple.lesson.attitude.AnswerSummary;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.PairedResult;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records the attitude-check services hand out. None of them carries a pseudonym, and none joins
 * a student to an answer: answers only ever leave the services as aggregates.
 */
public final class AttitudeRecords {

    private AttitudeRecords() {
    }

    /** When a check is answered: before the program, after it, or at a later follow-up. */
    public enum Phase { PRE, POST, FOLLOW_UP }

    /** OPT_IN: only students whose family said yes; OPT_OUT: everyone except those whose family said no. */
    public enum ConsentPolicy { OPT_IN, OPT_OUT }

    /** An instrument as the registry lists it. */
    public record InstrumentInfo(String code, String title, String citation, boolean validated, boolean builtIn,
            boolean retired, int itemCount, ConsentPolicy policy, @Nullable Instant importedAt) {
    }

    /** What the coordinator sees before an import is saved: the instrument, or every problem with its line. */
    public record ImportPreview(@Nullable Instrument instrument, List<ImportLine> problems) {
        public ImportPreview {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return instrument != null && problems.isEmpty();
        }
    }

    /** One problem of an import file: line (0 = the whole file), field, message key and arguments. */
    public record ImportLine(int line, String field, String messageKey, List<String> args) {
        public ImportLine {
            args = List.copyOf(args);
        }
    }

    /** A student's consent for one instrument: {@code null} when nothing was recorded yet. */
    public record ConsentRow(long studentId, String displayName, @Nullable Boolean consent, boolean eligible) {
    }

    /** A check of a class, with how many students answered (a count only, never who or what). */
    public record CheckInfo(long id, long classId, long termId, String instrumentCode, String instrumentTitle, Phase phase,
            Instant openedAt, @Nullable Instant closedAt, int answered) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** A student who may answer an open check and has not yet. */
    public record NotAnswered(long studentId, String displayName) {
    }

    /** An open check as a student on the tablet sees it: the statements and the scale in their language. */
    public record StudentCheck(long checkId, String instrumentCode, List<String> statements, int scaleMin, int scaleMax,
            List<String> labels) {
        public StudentCheck {
            statements = List.copyOf(statements);
            labels = List.copyOf(labels);
        }
    }

    /**
     * The aggregate results of one instrument for one class and term. Figures come only from closed
     * checks (a live wave would let a teacher infer a late student's score from the change).
     *
     * @param prePost paired PRE → POST, or {@code null} when there is no closed PRE and POST check yet
     * @param preFollowUp paired PRE → FOLLOW_UP, or {@code null} when there is no closed FOLLOW_UP check
     * @param summary unpaired count and mean of the closed PRE and POST waves (each suppressed below 5)
     */
    public record InstrumentResult(String instrumentCode, String title, String citation, boolean validated,
            double scaleMin, double scaleMax, @Nullable PairedResult prePost, @Nullable PairedResult preFollowUp,
            AnswerSummary summary) {
    }

    /**
     * One instrument's PRE → POST result for a whole school and term: the pairs of every class of the
     * term pooled (a student's answers pair only within their class). Like every result, it passes
     * {@link app.ripple.lesson.attitude.PairedAnalysis}: suppressed below 5 pairs, figures only from
     * closed checks, never anything about a student or a class.
     */
    public record SchoolInstrumentResult(String instrumentCode, String title, PairedResult prePost) {
    }
}
