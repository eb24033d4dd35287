package app.ripple.lesson.attitude;

import java.util.List;

/**
 * Person scores. A person score is the mean of the item responses after reverse-scoring
 * (a reverse-scored response {@code r} counts as {@code min + max - r}), so it lies within the
 * response scale and a higher score always means the more positive attitude. Every item must be
 * answered; a response outside the scale, a missing response or a wrong number of responses is
 * refused with {@link IllegalArgumentException} (never silently clamped).
 */
public final class Scoring {

    private Scoring() {
    }

    /** The person score for one student's answers, in the instrument's item order. */
    public static double personScore(Instrument instrument, List<Integer> responses) {
        return personScore(instrument.scale(), instrument.reverseFlags(), responses);
    }

    /** The person score with the reverse flags given item by item. */
    public static double personScore(ResponseScale scale, List<Boolean> reverse, List<Integer> responses) {
        if (responses.size() != reverse.size()) {
            throw new IllegalArgumentException("expected " + reverse.size() + " responses, got " + responses.size());
        }
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("no responses");
        }
        long sum = 0;
        for (int i = 0; i < responses.size(); i++) {
            Integer r = responses.get(i);
            if (r == null) {
                throw new IllegalArgumentException("response " + (i + 1) + " is missing");
            }
            if (!scale.contains(r)) {
                throw new IllegalArgumentException("response " + (i + 1) + " is " + r + ", outside "
                        + scale.min() + ".." + scale.max());
            }
            sum += reverse.get(i) ? scale.reverse(r) : r;
        }
        return (double) sum / responses.size();
    }
}
