package app.ripple.lesson.attitude;

/** One student's person scores before ({@code pre}) and after ({@code post}), paired by pseudonym. */
public record Pair(double pre, double post) {

    /** post − pre: positive means the score went up. */
    public double difference() {
        return post - pre;
    }
}
