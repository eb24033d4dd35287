package app.ripple.lesson.attitude;

import java.util.ArrayList;
import java.util.List;

/**
 * Message keys of the attitude report ({@code vaadin-i18n/attitude.properties} and its Spanish
 * twin), and {@link #describe} which turns a result into plain-language lines. Number arguments are
 * passed as {@link Double} and formatted by the bundle ({@code {0,number,0.00}}), so Spanish gets
 * decimal commas.
 */
public final class AttitudeTexts {

    public static final String CAVEAT = "attitude.caveat";
    public static final String SUPPRESSED = "attitude.suppressed";
    public static final String MEANS = "attitude.means";
    public static final String MEAN_DIFFERENCE = "attitude.meanDifference";
    public static final String CI = "attitude.ci";
    public static final String CI_INCLUDES_ZERO = "attitude.ci.includesZero";
    public static final String CI_ABOVE_ZERO = "attitude.ci.aboveZero";
    public static final String CI_BELOW_ZERO = "attitude.ci.belowZero";
    public static final String DZ = "attitude.dz";
    public static final String DZ_UNDEFINED = "attitude.dz.undefined";
    public static final String WORSENED = "attitude.worsened";
    public static final String REFERENCE_KINDNESS = "attitude.reference.kindness";
    public static final String REFERENCE_STIGMA = "attitude.reference.stigma";
    public static final String REFERENCE_POWER = "attitude.reference.power";
    public static final String REFERENCE_WORSENED = "attitude.reference.worsened";
    public static final String NOT_VALIDATED = "attitude.instrument.notValidated";
    public static final String RIPPLE_TRANSLATION = "attitude.instrument.rippleTranslation";
    public static final String CREDIT = "attitude.instrument.credit";
    public static final String SUMMARY_WAVE = "attitude.summary.wave";
    public static final String SUMMARY_WAVE_SUPPRESSED = "attitude.summary.waveSuppressed";
    public static final String WAVE_PRE = "attitude.wave.pre";
    public static final String WAVE_POST = "attitude.wave.post";

    /** Every key above, for the bundle test. */
    public static final List<String> ALL = List.of(CAVEAT, SUPPRESSED, MEANS, MEAN_DIFFERENCE, CI, CI_INCLUDES_ZERO,
            CI_ABOVE_ZERO, CI_BELOW_ZERO, DZ, DZ_UNDEFINED, WORSENED, REFERENCE_KINDNESS, REFERENCE_STIGMA,
            REFERENCE_POWER, REFERENCE_WORSENED, NOT_VALIDATED, RIPPLE_TRANSLATION, CREDIT, SUMMARY_WAVE,
            SUMMARY_WAVE_SUPPRESSED, WAVE_PRE, WAVE_POST);

    /** A message key with its arguments. */
    public record Line(String key, List<Object> args) {
        public Line {
            args = List.copyOf(args);
        }

        static Line of(String key, Object... args) {
            return new Line(key, List.of(args));
        }
    }

    private AttitudeTexts() {
    }

    /**
     * The report lines for a paired result, in reading order: figures (or the suppression note),
     * then the caveat and the published reference effects that put the class in context.
     */
    public static List<Line> describe(PairedResult result) {
        List<Line> lines = new ArrayList<>();
        if (result instanceof PairedResult.Figures f) {
            lines.add(Line.of(MEANS, f.n(), f.preMean(), f.postMean()));
            lines.add(Line.of(MEAN_DIFFERENCE, f.meanDifference()));
            lines.add(Line.of(CI, f.ciLow(), f.ciHigh()));
            lines.add(Line.of(f.ciIncludesZero() ? CI_INCLUDES_ZERO : f.ciLow() > 0 ? CI_ABOVE_ZERO : CI_BELOW_ZERO));
            Double dz = f.dz();
            lines.add(dz == null ? Line.of(DZ_UNDEFINED) : Line.of(DZ, dz));
            lines.add(Line.of(WORSENED, f.worsenedShare()));
            lines.add(Line.of(CAVEAT, f.n()));
        } else {
            lines.add(Line.of(SUPPRESSED, PairedAnalysis.MIN_GROUP));
        }
        lines.add(Line.of(REFERENCE_KINDNESS));
        lines.add(Line.of(REFERENCE_STIGMA));
        lines.add(Line.of(REFERENCE_POWER));
        lines.add(Line.of(REFERENCE_WORSENED));
        return lines;
    }
}
