/**
 * Lessons: short classroom lessons about kindness and mental health. The module root holds the
 * vocabulary other modules use ({@link app.ripple.lesson.EvidenceComponent}: the parts of an
 * anti-stigma lesson a delivery can record); the {@code library} named interface holds the
 * read-only built-in lessons written for Ripple, and {@code attitude} the attitude-check
 * instruments, scoring, pseudonyms and the paired pre/post analysis.
 */
@NullMarked
package app.ripple.lesson;

import org.jspecify.annotations.NullMarked;
