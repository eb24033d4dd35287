/**
 * Attitude checks: short questionnaires answered before (pre) and after (post) a program.
 *
 * <ul>
 *   <li>{@link app.ripple.lesson.attitude.Instrument}: items, a response scale, a citation and a
 *       {@code validated} flag. {@link app.ripple.lesson.attitude.BuiltInInstruments} ships the
 *       School Kindness Scale (with its credit) and a Ripple-written stigma check that is
 *       <em>not</em> a validated instrument. Licensed scales (such as MAKS or RIBS) are never
 *       shipped; a school imports its licensed copy with
 *       {@link app.ripple.lesson.attitude.InstrumentImporter}.</li>
 *   <li>{@link app.ripple.lesson.attitude.Scoring}: person score = mean of the item responses
 *       after reverse-scoring.</li>
 *   <li>{@link app.ripple.lesson.attitude.Pseudonyms}: HMAC-SHA256 pseudonyms that link pre and
 *       post answers of one student for one instrument, class and term.</li>
 *   <li>{@link app.ripple.lesson.attitude.PairedAnalysis}: mean change, its 95% confidence
 *       interval, d<sub>z</sub> and the share of students who got worse; nothing at all is
 *       exposed for fewer than {@value app.ripple.lesson.attitude.PairedAnalysis#MIN_GROUP}
 *       students.</li>
 *   <li>{@link app.ripple.lesson.attitude.AttitudeTexts}: the message keys of the report texts
 *       ({@code vaadin-i18n/attitude.properties}).</li>
 * </ul>
 */
@NullMarked
@NamedInterface("attitude")
package app.ripple.lesson.attitude;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
