/**
 * Lessons and what they change. For now this module holds only the {@code attitude} named
 * interface: attitude-check instruments (questionnaires), their scoring, the pseudonyms that link
 * a student's pre and post answers without naming the student, and the paired pre/post analysis
 * shown in the term report. Everything here is pure Java: no database, no views.
 */
@NullMarked
package app.ripple.lesson;

import org.jspecify.annotations.NullMarked;
