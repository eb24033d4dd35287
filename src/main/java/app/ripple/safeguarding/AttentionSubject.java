package app.ripple.safeguarding;

/** What kind of student text raised a needs-attention item. */
public enum AttentionSubject {
    /** A kindness act's own words (challenge feature; column {@code attention_item.act_id}). */
    ACT,
    /** A private lesson reflection (lesson feature; column {@code attention_item.reflection_id}). */
    REFLECTION
}
