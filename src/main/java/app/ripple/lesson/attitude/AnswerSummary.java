package app.ripple.lesson.attitude;

/**
 * The unpaired "who has answered" summary: for the pre and the post wave separately, the number of
 * answers and their mean person score, each shown only when at least
 * {@value PairedAnalysis#MIN_GROUP} students answered ({@link Wave.Suppressed} carries nothing).
 */
public record AnswerSummary(Wave pre, Wave post) {

    public sealed interface Wave permits Wave.Suppressed, Wave.Shown {

        boolean suppressed();

        record Suppressed() implements Wave {
            @Override
            public boolean suppressed() {
                return true;
            }
        }

        record Shown(int count, double mean) implements Wave {
            @Override
            public boolean suppressed() {
                return false;
            }
        }
    }
}
