package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PairedAnalysisTest {

    private static final Offset<Double> E = within(1e-9);
    /** The t table has three decimals, so interval ends computed from it agree to about 1e-3. */
    private static final Offset<Double> TABLE = within(0.0015);

    private static List<Pair> pairs(double[] pre, double[] post) {
        List<Pair> list = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            list.add(new Pair(pre[i], post[i]));
        }
        return list;
    }

    private static PairedResult.Figures figures(PairedResult r) {
        assertThat(r).isInstanceOf(PairedResult.Figures.class);
        return (PairedResult.Figures) r;
    }

    @Test
    void fivePairsWorkedByHand() {
        // pre  = 2, 3, 3, 4, 2   -> sum 14, mean 14/5 = 2.8
        // post = 3, 3, 4, 4, 4   -> sum 18, mean 18/5 = 3.6
        // d    = 1, 0, 1, 0, 2   -> sum 4, mean 4/5 = 0.8 (= 3.6 - 2.8)
        // d - mean = 0.2, -0.8, 0.2, -0.8, 1.2 -> squares 0.04 + 0.64 + 0.04 + 0.64 + 1.44 = 2.8
        // SD = sqrt(2.8 / 4) = sqrt(0.7) = 0.836660
        // SE = 0.836660 / sqrt(5) = 0.836660 / 2.236068 = 0.374166
        // t(0.975, df 4) = 2.776 (table) -> half width 2.776 * 0.374166 = 1.0387
        // CI = 0.8 -/+ 1.0387 = [-0.2387, 1.8387]
        // d_z = 0.8 / 0.836660 = 0.956183; nobody dropped by 1 point -> share 0
        var f = figures(PairedAnalysis.analyze(pairs(new double[] {2, 3, 3, 4, 2}, new double[] {3, 3, 4, 4, 4}), 1, 5));
        assertThat(f.n()).isEqualTo(5);
        assertThat(f.preMean()).isCloseTo(2.8, E);
        assertThat(f.postMean()).isCloseTo(3.6, E);
        assertThat(f.meanDifference()).isCloseTo(0.8, E);
        assertThat(f.sdDifference()).isCloseTo(Math.sqrt(0.7), E);
        assertThat(f.degreesOfFreedom()).isEqualTo(4);
        assertThat(f.tCritical()).isCloseTo(2.776, within(0.0005));
        assertThat(f.ciLow()).isCloseTo(-0.2387, TABLE);
        assertThat(f.ciHigh()).isCloseTo(1.8387, TABLE);
        assertThat(f.dz()).isCloseTo(0.956183, within(1e-6));
        assertThat(f.worsenedShare()).isZero();
        assertThat(f.ciIncludesZero()).isTrue();
    }

    @Test
    void tenPairsWorkedByHand() {
        // pre  = 3,4,2,5,3,4,3,2,4,3 -> sum 33, mean 3.3
        // post = 4,3,3,4,4,5,2,3,5,3 -> sum 36, mean 3.6
        // d    = 1,-1,1,-1,1,1,-1,1,1,0 -> sum 3, mean 0.3
        // d - mean: 0.7 (x6), -1.3 (x3), -0.3 (x1) -> 6*0.49 + 3*1.69 + 0.09 = 2.94 + 5.07 + 0.09 = 8.1
        // SD = sqrt(8.1 / 9) = sqrt(0.9) = 0.948683; SE = 0.948683 / sqrt(10) = 0.3
        // t(0.975, df 9) = 2.262 -> half width 2.262 * 0.3 = 0.6786; CI = [-0.3786, 0.9786]
        // d_z = 0.3 / 0.948683 = 0.316228; d <= -1 for 3 of 10 students -> share 0.3
        var f = figures(PairedAnalysis.analyze(pairs(new double[] {3, 4, 2, 5, 3, 4, 3, 2, 4, 3},
                new double[] {4, 3, 3, 4, 4, 5, 2, 3, 5, 3}), 1, 5));
        assertThat(f.n()).isEqualTo(10);
        assertThat(f.preMean()).isCloseTo(3.3, E);
        assertThat(f.postMean()).isCloseTo(3.6, E);
        assertThat(f.meanDifference()).isCloseTo(0.3, E);
        assertThat(f.sdDifference()).isCloseTo(Math.sqrt(0.9), E);
        assertThat(f.tCritical()).isCloseTo(2.262, within(0.0005));
        assertThat(f.ciLow()).isCloseTo(-0.3786, TABLE);
        assertThat(f.ciHigh()).isCloseTo(0.9786, TABLE);
        assertThat(f.dz()).isCloseTo(0.316228, within(1e-6));
        assertThat(f.worsenedShare()).isCloseTo(0.3, E);
    }

    @Test
    void thirtyPairsOfFiveItemMeansWorkedByHand() {
        // 10 students 3.0 -> 3.4 (d = 0.4), 10 students 3.0 -> 3.0 (d = 0),
        //  5 students 2.0 -> 3.0 (d = 1),  5 students 4.6 -> 3.6 (d = -1; in doubles -0.9999999999999996)
        // pre mean  = (30 + 30 + 10 + 23) / 30 = 93 / 30 = 3.1
        // post mean = (34 + 30 + 15 + 18) / 30 = 97 / 30 = 3.233333
        // mean d = (10*0.4 + 0 + 5 - 5) / 30 = 4 / 30 = 0.133333
        // sum d^2 = 10*0.16 + 5*1 + 5*1 = 11.6; SS = 11.6 - 30 * 0.133333^2 = 11.6 - 0.533333 = 11.066667
        // SD = sqrt(11.066667 / 29) = sqrt(0.381609) = 0.617745; SE = 0.617745 / sqrt(30) = 0.112784
        // t(0.975, df 29) = 2.045 -> half width 2.045 * 0.112784 = 0.2306; CI = [-0.0973, 0.3640]
        // d_z = 0.133333 / 0.617745 = 0.215839
        // worsened: the 5 students 4.6 -> 3.6 dropped by one full point -> 5/30 = 0.166667
        double[] pre = new double[30];
        double[] post = new double[30];
        for (int i = 0; i < 30; i++) {
            pre[i] = i < 20 ? 3.0 : i < 25 ? 2.0 : 4.6;
            post[i] = i < 10 ? 3.4 : i < 20 ? 3.0 : i < 25 ? 3.0 : 3.6;
        }
        assertThat(3.6 - 4.6).as("floating point makes this drop slightly less than 1").isGreaterThan(-1);
        var f = figures(PairedAnalysis.analyze(pairs(pre, post), 1, 5));
        assertThat(f.preMean()).isCloseTo(3.1, E);
        assertThat(f.postMean()).isCloseTo(97.0 / 30, E);
        assertThat(f.meanDifference()).isCloseTo(4.0 / 30, E);
        assertThat(f.sdDifference()).isCloseTo(0.617745, within(1e-6));
        assertThat(f.tCritical()).isCloseTo(2.045, within(0.0005));
        assertThat(f.ciLow()).isCloseTo(-0.0973, TABLE);
        assertThat(f.ciHigh()).isCloseTo(0.3640, TABLE);
        assertThat(f.dz()).isCloseTo(0.215839, within(1e-6));
        assertThat(f.worsenedShare()).isCloseTo(5.0 / 30, E);
    }

    @Test
    void fourPairsExposeNothingFivePairsExposeTheFigures() {
        List<Pair> four = pairs(new double[] {1, 2, 3, 4}, new double[] {2, 2, 4, 5});
        PairedResult r4 = PairedAnalysis.analyze(four, 1, 5);
        assertThat(r4).isInstanceOf(PairedResult.Suppressed.class);
        assertThat(r4.suppressed()).isTrue();
        // the suppressed record has no components at all: no n, no mean, nothing to leak
        assertThat(PairedResult.Suppressed.class.getRecordComponents()).isEmpty();
        assertThat(r4.toString()).doesNotContainPattern("[0-9]");

        List<Pair> five = new ArrayList<>(four);
        five.add(new Pair(5, 4));
        PairedResult r5 = PairedAnalysis.analyze(five, 1, 5);
        assertThat(r5.suppressed()).isFalse();
        assertThat(figures(r5).n()).isEqualTo(5);
        assertThat(PairedAnalysis.analyze(List.of(), 1, 5).suppressed()).isTrue();
    }

    @Test
    void sameChangeForEveryoneHasNoEffectSize() {
        // d = 1 for all five: mean 1, SD 0 -> CI [1, 1], d_z undefined (null)
        var f = figures(PairedAnalysis.analyze(pairs(new double[] {1, 2, 3, 4, 1}, new double[] {2, 3, 4, 5, 2}), 1, 5));
        assertThat(f.meanDifference()).isEqualTo(1.0);
        assertThat(f.sdDifference()).isZero();
        assertThat(f.ciLow()).isEqualTo(1.0);
        assertThat(f.ciHigh()).isEqualTo(1.0);
        assertThat(f.dz()).isNull();
        assertThat(AttitudeTexts.describe(f)).extracting(AttitudeTexts.Line::key).contains(AttitudeTexts.DZ_UNDEFINED)
                .doesNotContain(AttitudeTexts.DZ);
    }

    @Test
    void roundingResidueIsNotSpread() {
        // 0.1 + 0.2 style residue: 2.2 -> 3.4 and 1.2 -> 2.4 are both exactly +1.2 on paper
        var f = figures(PairedAnalysis.analyze(pairs(new double[] {2.2, 1.2, 3.2, 0.2, 1.4},
                new double[] {3.4, 2.4, 4.4, 1.4, 2.6}), 0, 5));
        assertThat(f.sdDifference()).isZero();
        assertThat(f.dz()).isNull();
    }

    @Test
    void unpairedSummaryCountsAndMeansEachWaveFromFive() {
        // pre: 2, 3, 4, 5, 1, 3 -> 6 answers, mean 18/6 = 3.0; post: 4 answers -> suppressed
        AnswerSummary s = PairedAnalysis.summarize(List.of(2.0, 3.0, 4.0, 5.0, 1.0, 3.0), List.of(4.0, 4.0, 5.0, 3.0), 1, 5);
        assertThat(s.pre()).isEqualTo(new AnswerSummary.Wave.Shown(6, 3.0));
        assertThat(s.post()).isInstanceOf(AnswerSummary.Wave.Suppressed.class);
        assertThat(s.post().suppressed()).isTrue();
        assertThat(AnswerSummary.Wave.Suppressed.class.getRecordComponents()).isEmpty();
        AnswerSummary five = PairedAnalysis.summarize(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of(5.0, 5.0, 5.0, 5.0, 5.0), 1, 5);
        assertThat(five.pre()).isEqualTo(new AnswerSummary.Wave.Shown(5, 3.0));
        assertThat(five.post()).isEqualTo(new AnswerSummary.Wave.Shown(5, 5.0));
    }

    @Test
    void refusesScoresOutsideTheScaleAndBadScales() {
        List<Pair> ok = pairs(new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> PairedAnalysis.analyze(List.of(new Pair(0, 3)), 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedAnalysis.analyze(List.of(new Pair(3, 5.5)), 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedAnalysis.analyze(List.of(new Pair(Double.NaN, 3)), 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedAnalysis.analyze(ok, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedAnalysis.summarize(List.of(6.0), List.of(), 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
