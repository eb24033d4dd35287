package app.ripple.safeguarding;

/**
 * Raises a needs-attention item. A feature publishes this (an {@code ApplicationEventPublisher}
 * event) inside the transaction that saved a student's words, after it has checked the student and
 * matched the words with {@link SafeguardingService#concerningPhrase}; the item is written in the
 * same transaction, so both are saved or neither.
 */
public record ConcernRaised(AttentionSubject subject, long subjectId, long classId, String matched) {
}
