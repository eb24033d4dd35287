/**
 * Lessons: short classroom lessons about kindness and mental health. The module root holds the
 * vocabulary other modules use ({@link app.ripple.lesson.EvidenceComponent}: the parts of an
 * anti-stigma lesson a delivery can record); the {@code library} named interface holds the
 * read-only built-in lessons written for Ripple, and {@code attitude} the attitude-check
 * instruments, scoring, pseudonyms and the paired pre/post analysis.
 * <p>
 * Other modules read this module's tables only through its API or the read-only views listed in
 * {@link PublishedViews} (migration V13).
 */
@PublishedViews({
        "lesson_plans_v",
        "lesson_custom_lessons_v",
        "lesson_deliveries_v",
        "lesson_participation_v",
        "lesson_attitude_checks_v",
        "lesson_attitude_check_done_v",
        "lesson_attitude_responses_v",
        "lesson_attitude_instruments_v"})
@NullMarked
package app.ripple.lesson;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;
