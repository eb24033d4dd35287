package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void stigmaCheckScoreReversesTheStigmatisingStatements() {
        // items: rsc-1 OK to talk (normal), rsc-2 scary (reverse), rsc-3 friend (normal),
        //        rsc-4 weak (reverse), rsc-5 can get better (normal), rsc-6 weird (reverse)
        // answers 5, 1, 4, 2, 5, 1 -> reversed ones become 6-1=5, 6-2=4, 6-1=5
        // scores 5, 5, 4, 4, 5, 5 -> sum 28, mean 28/6 = 4.666667
        assertThat(Scoring.personScore(BuiltInInstruments.STIGMA_CHECK, List.of(5, 1, 4, 2, 5, 1)))
                .isCloseTo(28.0 / 6, within(1e-12));
        // the most stigmatising answers give the lowest score: 1, 5, 1, 5, 1, 5 -> all 1 -> 1.0
        assertThat(Scoring.personScore(BuiltInInstruments.STIGMA_CHECK, List.of(1, 5, 1, 5, 1, 5))).isEqualTo(1.0);
    }

    @Test
    void schoolKindnessScaleScoreIsThePlainMean() {
        // 4 + 5 + 3 + 5 + 4 = 21, 21 / 5 = 4.2
        assertThat(Scoring.personScore(BuiltInInstruments.SCHOOL_KINDNESS_SCALE, List.of(4, 5, 3, 5, 4)))
                .isCloseTo(4.2, within(1e-12));
    }

    @Test
    void refusesOutOfRangeMissingOrMiscountedResponses() {
        Instrument sks = BuiltInInstruments.SCHOOL_KINDNESS_SCALE;
        assertThatThrownBy(() -> Scoring.personScore(sks, List.of(4, 5, 3, 5, 6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scoring.personScore(sks, List.of(0, 5, 3, 5, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scoring.personScore(sks, List.of(4, 5, 3, 5))).isInstanceOf(IllegalArgumentException.class);
        List<Integer> withGap = new ArrayList<>(java.util.Arrays.asList(4, 5, null, 5, 4));
        assertThatThrownBy(() -> Scoring.personScore(sks, withGap)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseScale(5, 1, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseScale(1, 5, Map.of("en", List.of("a", "b")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<ResponseScale> scales() {
        return Arbitraries.integers().between(0, 9).flatMap(min ->
                Arbitraries.integers().between(min + 1, 10).map(max -> new ResponseScale(min, max, Map.of())));
    }

    @Property
    void reverseScoringTwiceIsIdentity(@ForAll("scales") ResponseScale scale, @ForAll @IntRange(min = 0, max = 10) int r) {
        if (scale.contains(r)) {
            assertThat(scale.reverse(scale.reverse(r))).isEqualTo(r);
            assertThat(scale.contains(scale.reverse(r))).isTrue();
        } else {
            assertThatThrownBy(() -> scale.reverse(r)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void personScoresStayWithinTheScale(@ForAll("scales") ResponseScale scale,
            @ForAll @IntRange(min = 1, max = 60) int items, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Integer> responses = new ArrayList<>();
        List<Boolean> reverse = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            responses.add(scale.min() + random.nextInt(scale.points()));
            reverse.add(random.nextBoolean());
        }
        double score = Scoring.personScore(scale, reverse, responses);
        assertThat(score).isBetween((double) scale.min(), (double) scale.max());
        // flipping every reverse flag mirrors the score: min + max - score
        List<Boolean> flipped = reverse.stream().map(b -> !b).toList();
        assertThat(Scoring.personScore(scale, flipped, responses)).isCloseTo(scale.min() + scale.max() - score, within(1e-9));
    }
}
