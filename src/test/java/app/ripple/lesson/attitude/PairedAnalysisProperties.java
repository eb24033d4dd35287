package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class PairedAnalysisProperties {

    private static final double MIN = 1;
    private static final double MAX = 5;

    /** Person scores as a 1–5 instrument with 1 to 8 items produces them (means of whole numbers). */
    @Provide
    Arbitrary<Double> score() {
        return Arbitraries.integers().between(1, 8).flatMap(k ->
                Arbitraries.integers().between(k, 5 * k).map(sum -> (double) sum / k));
    }

    @Provide
    Arbitrary<List<Pair>> pairs() {
        return Combinators.combine(score(), score()).as(Pair::new).list().ofMinSize(0).ofMaxSize(60);
    }

    /** Pairs in the middle of a 0–20 scale, so that posts can be shifted by up to ±5. */
    @Provide
    Arbitrary<List<Pair>> middlePairs() {
        Arbitrary<Double> s = Arbitraries.doubles().between(5, 15).ofScale(3);
        return Combinators.combine(s, s).as(Pair::new).list().ofMinSize(5).ofMaxSize(60);
    }

    @Property
    void identicalPreAndPostShowNoChange(@ForAll("pairs") List<Pair> mixed) {
        List<Pair> same = mixed.stream().map(p -> new Pair(p.pre(), p.pre())).toList();
        PairedResult r = PairedAnalysis.analyze(same, MIN, MAX);
        if (same.size() < PairedAnalysis.MIN_GROUP) {
            assertThat(r).isInstanceOf(PairedResult.Suppressed.class);
            return;
        }
        var f = (PairedResult.Figures) r;
        assertThat(f.meanDifference()).isZero();
        assertThat(f.sdDifference()).isZero();
        assertThat(f.ciLow()).isZero();
        assertThat(f.ciHigh()).isZero();
        assertThat(f.dz()).isNull();
        assertThat(f.worsenedShare()).isZero();
        assertThat(f.preMean()).isEqualTo(f.postMean());
    }

    @Property
    void addingAConstantToEveryPostShiftsTheDifferenceByIt(@ForAll("middlePairs") List<Pair> pairs,
            @ForAll @DoubleRange(min = -5, max = 5) double c) {
        var before = (PairedResult.Figures) PairedAnalysis.analyze(pairs, 0, 20);
        var after = (PairedResult.Figures) PairedAnalysis.analyze(
                pairs.stream().map(p -> new Pair(p.pre(), p.post() + c)).toList(), 0, 20);
        assertThat(after.meanDifference()).isCloseTo(before.meanDifference() + c, within(1e-9));
        assertThat(after.postMean()).isCloseTo(before.postMean() + c, within(1e-9));
        assertThat(after.preMean()).isCloseTo(before.preMean(), within(1e-12));
        assertThat(after.sdDifference()).isCloseTo(before.sdDifference(), within(1e-9));
        assertThat(after.ciLow()).isCloseTo(before.ciLow() + c, within(1e-9));
        assertThat(after.ciHigh()).isCloseTo(before.ciHigh() + c, within(1e-9));
    }

    @Property
    void swappingPreAndPostNegatesTheDifference(@ForAll("pairs") List<Pair> pairs) {
        PairedResult r = PairedAnalysis.analyze(pairs, MIN, MAX);
        PairedResult s = PairedAnalysis.analyze(pairs.stream().map(p -> new Pair(p.post(), p.pre())).toList(), MIN, MAX);
        assertThat(s.suppressed()).isEqualTo(r.suppressed());
        if (r instanceof PairedResult.Figures f && s instanceof PairedResult.Figures g) {
            assertThat(g.meanDifference()).isCloseTo(-f.meanDifference(), within(1e-9));
            assertThat(g.preMean()).isCloseTo(f.postMean(), within(1e-12));
            assertThat(g.postMean()).isCloseTo(f.preMean(), within(1e-12));
            assertThat(g.sdDifference()).isCloseTo(f.sdDifference(), within(1e-9));
            assertThat(g.ciLow()).isCloseTo(-f.ciHigh(), within(1e-9));
            assertThat(g.ciHigh()).isCloseTo(-f.ciLow(), within(1e-9));
            if (f.dz() == null) {
                assertThat(g.dz()).isNull();
            } else {
                assertThat(g.dz()).isCloseTo(-f.dz(), within(1e-9));
            }
        }
    }

    @Property
    void intervalContainsTheMeanDifferenceAndFiguresStayWithinTheScale(@ForAll("pairs") List<Pair> pairs) {
        PairedResult r = PairedAnalysis.analyze(pairs, MIN, MAX);
        assertThat(r.suppressed()).isEqualTo(pairs.size() < PairedAnalysis.MIN_GROUP);
        if (r instanceof PairedResult.Figures f) {
            assertThat(f.n()).isEqualTo(pairs.size());
            assertThat(f.ciLow()).isLessThanOrEqualTo(f.meanDifference());
            assertThat(f.ciHigh()).isGreaterThanOrEqualTo(f.meanDifference());
            assertThat(f.preMean()).isBetween(MIN, MAX);
            assertThat(f.postMean()).isBetween(MIN, MAX);
            assertThat(f.meanDifference()).isBetween(-(MAX - MIN), MAX - MIN);
            assertThat(f.meanDifference()).isCloseTo(f.postMean() - f.preMean(), within(1e-9));
            assertThat(f.sdDifference()).isNotNegative();
            assertThat(f.worsenedShare()).isBetween(0.0, 1.0);
            assertThat(f.degreesOfFreedom()).isEqualTo(f.n() - 1);
            assertThat(f.dz() == null).isEqualTo(f.sdDifference() == 0);
        }
    }

    @Property
    void unpairedSummaryStaysWithinTheScaleAndSuppressesSmallWaves(@ForAll("pairs") List<Pair> pairs,
            @ForAll @IntRange(min = 0, max = 60) int cut) {
        List<Double> pre = pairs.stream().map(Pair::pre).toList();
        List<Double> post = pairs.stream().limit(cut).map(Pair::post).toList();
        AnswerSummary s = PairedAnalysis.summarize(pre, post, MIN, MAX);
        assertThat(s.pre().suppressed()).isEqualTo(pre.size() < 5);
        assertThat(s.post().suppressed()).isEqualTo(post.size() < 5);
        if (s.post() instanceof AnswerSummary.Wave.Shown shown) {
            assertThat(shown.count()).isEqualTo(post.size());
            assertThat(shown.mean()).isBetween(MIN, MAX);
        }
    }
}
