/**
 * Attitude checks wired to the database and the UI: the instrument registry (built-in and
 * school-imported instruments), consent per student and instrument, checks a teacher opens and
 * closes for a class, answering on the class tablet, and the aggregate pre/post results.
 *
 * <p>Privacy by construction: answers are stored under
 * {@link app.ripple.lesson.attitude.Pseudonyms pseudonyms} keyed by a per-school secret that no
 * method returns; who answered is kept apart from what was answered, and no public method or
 * record here joins the two. Figures are shown only for groups of at least
 * {@value app.ripple.lesson.attitude.PairedAnalysis#MIN_GROUP} students.
 *
 * <p>Public API for other modules (dashboards, term report): {@link app.ripple.lesson.checks.AttitudeResults}
 * and the records in {@link app.ripple.lesson.checks.AttitudeRecords}.
 */
@NullMarked
@NamedInterface("checks")
package app.ripple.lesson.checks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
