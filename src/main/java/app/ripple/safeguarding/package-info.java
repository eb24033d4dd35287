/**
 * Safeguarding, shared by challenges and lessons: the school's concerning words and phrases and the
 * matching of students' own words against them, the "talk to a trusted adult" text, and the
 * needs-attention queue (table {@code attention_item}, owned here).
 * <p>
 * The API: {@link app.ripple.safeguarding.SafeguardingService} (phrases, matching, trusted-adult
 * text), {@link app.ripple.safeguarding.ConcernRaised} (a feature raises an item by publishing it
 * inside the transaction that saved the student's words), {@link app.ripple.safeguarding.AttentionService}
 * (list, acknowledge, note, resolve, counts) and {@link app.ripple.safeguarding.AttentionQueue} (the
 * queue as a component for the teacher's approvals page). Features whose student texts can raise
 * items implement {@link app.ripple.safeguarding.AttentionSubjects} so the queue can show the words
 * without reading their tables.
 * <p>
 * Other modules read this module's tables only through its API or the read-only views listed in
 * {@link PublishedViews} (migration V13).
 */
@PublishedViews({
        "safeguarding_attention_items_v"})
@NullMarked
package app.ripple.safeguarding;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;
