package app.ripple.lesson.attitude;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link PairedAnalysis#analyze}: either {@link Suppressed} (fewer than
 * {@value PairedAnalysis#MIN_GROUP} pairs; it carries no figures at all, not even the count) or
 * {@link Figures}.
 */
public sealed interface PairedResult permits PairedResult.Suppressed, PairedResult.Figures {

    boolean suppressed();

    /** Too few students to show anything without risking that a student's answers can be inferred. */
    record Suppressed() implements PairedResult {
        @Override
        public boolean suppressed() {
            return true;
        }
    }

    /**
     * The paired figures.
     *
     * @param n number of students with both a pre and a post score (at least 5)
     * @param preMean mean pre score
     * @param postMean mean post score
     * @param meanDifference mean of (post − pre)
     * @param sdDifference sample standard deviation of (post − pre), denominator n − 1
     * @param degreesOfFreedom n − 1
     * @param tCritical the 0.975 quantile of t(n − 1)
     * @param ciLow lower end of the 95% confidence interval of the mean difference
     * @param ciHigh upper end of that interval
     * @param dz mean difference ÷ SD of differences (Cohen's d<sub>z</sub>), or {@code null} when
     *        the SD is 0 (every student changed by exactly the same amount, so there is no spread
     *        to compare with; {@link AttitudeTexts#DZ_UNDEFINED} explains it to the reader)
     * @param worsenedShare share (0–1) of students with post − pre ≤ −1 scale point
     */
    record Figures(
            int n,
            double preMean,
            double postMean,
            double meanDifference,
            double sdDifference,
            int degreesOfFreedom,
            double tCritical,
            double ciLow,
            double ciHigh,
            @Nullable Double dz,
            double worsenedShare) implements PairedResult {

        @Override
        public boolean suppressed() {
            return false;
        }

        /** Whether the confidence interval includes 0 (no change is compatible with the data). */
        public boolean ciIncludesZero() {
            return ciLow <= 0 && ciHigh >= 0;
        }
    }
}
