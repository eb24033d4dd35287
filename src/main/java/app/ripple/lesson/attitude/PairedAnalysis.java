package app.ripple.lesson.attitude;

import java.util.List;

/**
 * Pre/post analysis of person scores for one class, instrument and term.
 *
 * <p>For n pairs with differences d<sub>i</sub> = post<sub>i</sub> − pre<sub>i</sub>:
 * mean difference d̄ = Σd<sub>i</sub> / n; SD s = √(Σ(d<sub>i</sub> − d̄)² / (n − 1));
 * 95% confidence interval d̄ ± t<sub>0.975, n−1</sub> · s / √n; d<sub>z</sub> = d̄ / s (undefined,
 * {@code null}, when s = 0); worsened share = share of students with d<sub>i</sub> ≤ −1 (one scale
 * point; compared with a tolerance of 1e-9 so that, for example, 3.2 → 2.2 counts).
 *
 * <p>Privacy: with fewer than {@link #MIN_GROUP} pairs the result is {@link PairedResult.Suppressed}
 * and exposes no figure at all. Small groups still need care beyond this rule: two summaries that
 * differ by one student (before and after a late answer) reveal that student's score, so callers
 * should show figures for a closed wave, not live.
 */
public final class PairedAnalysis {

    /** Smallest group for which any figure is shown. */
    public static final int MIN_GROUP = 5;

    /** Confidence level of the interval. */
    public static final double CONFIDENCE = 0.95;

    static final double WORSENED_BY = 1.0;
    private static final double TOLERANCE = 1e-9;

    private PairedAnalysis() {
    }

    /**
     * Analyses the pairs. Every score must lie within [scaleMin, scaleMax] (person scores always do);
     * otherwise, or for a non-finite value or scaleMin ≥ scaleMax, {@link IllegalArgumentException}.
     */
    public static PairedResult analyze(List<Pair> pairs, double scaleMin, double scaleMax) {
        checkScale(scaleMin, scaleMax);
        for (Pair p : pairs) {
            checkScore(p.pre(), scaleMin, scaleMax);
            checkScore(p.post(), scaleMin, scaleMax);
        }
        int n = pairs.size();
        if (n < MIN_GROUP) {
            return new PairedResult.Suppressed();
        }
        double preMean = clamp(mean(pairs.stream().mapToDouble(Pair::pre).toArray()), scaleMin, scaleMax);
        double postMean = clamp(mean(pairs.stream().mapToDouble(Pair::post).toArray()), scaleMin, scaleMax);
        double[] d = pairs.stream().mapToDouble(Pair::difference).toArray();
        double range = scaleMax - scaleMin;
        double meanDiff = clamp(mean(d), -range, range);
        double ss = 0;
        for (double di : d) {
            ss += (di - meanDiff) * (di - meanDiff);
        }
        double sd = Math.sqrt(ss / (n - 1));
        // Differences that are all equal can leave a rounding residue (e.g. 0.1 + 0.2 - 0.3); treat a
        // spread far below anything a questionnaire can produce as none.
        if (sd <= TOLERANCE * Math.max(1, range)) {
            sd = 0;
        }
        int df = n - 1;
        double t = StudentT.critical(CONFIDENCE, df);
        double half = t * sd / Math.sqrt(n);
        Double dz = sd == 0 ? null : meanDiff / sd;
        long worsened = 0;
        for (double di : d) {
            if (di <= -WORSENED_BY + TOLERANCE) {
                worsened++;
            }
        }
        return new PairedResult.Figures(n, preMean, postMean, meanDiff, sd, df, t,
                meanDiff - half, meanDiff + half, dz, (double) worsened / n);
    }

    /**
     * The unpaired summary of all pre answers and all post answers (not only the paired ones), each
     * wave suppressed below {@link #MIN_GROUP} answers. Same checks as {@link #analyze}.
     */
    public static AnswerSummary summarize(List<Double> preScores, List<Double> postScores,
            double scaleMin, double scaleMax) {
        checkScale(scaleMin, scaleMax);
        return new AnswerSummary(wave(preScores, scaleMin, scaleMax), wave(postScores, scaleMin, scaleMax));
    }

    private static AnswerSummary.Wave wave(List<Double> scores, double scaleMin, double scaleMax) {
        double[] values = new double[scores.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scores.get(i);
            checkScore(values[i], scaleMin, scaleMax);
        }
        if (values.length < MIN_GROUP) {
            return new AnswerSummary.Wave.Suppressed();
        }
        return new AnswerSummary.Wave.Shown(values.length, clamp(mean(values), scaleMin, scaleMax));
    }

    /** Mean with a second correcting pass, accurate even for long lists of similar values. */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double m = sum / values.length;
        double correction = 0;
        for (double v : values) {
            correction += v - m;
        }
        return m + correction / values.length;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v)); // only ever removes floating-point rounding
    }

    private static void checkScale(double scaleMin, double scaleMax) {
        if (!Double.isFinite(scaleMin) || !Double.isFinite(scaleMax) || scaleMin >= scaleMax) {
            throw new IllegalArgumentException("bad scale " + scaleMin + ".." + scaleMax);
        }
    }

    private static void checkScore(double score, double scaleMin, double scaleMax) {
        if (!(score >= scaleMin && score <= scaleMax)) {
            throw new IllegalArgumentException("score " + score + " outside the scale " + scaleMin + ".." + scaleMax);
        }
    }
}
