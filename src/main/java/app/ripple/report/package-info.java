/**
 * The end-of-term class report. {@link app.ripple.report.ReportService} (public API, checks the
 * caller) assembles immutable records ({@link app.ripple.report.ReportData}) from a read-only SQL
 * read model over challenges, acts, lessons and attitude checks (through the views those modules
 * publish, V13, never their tables), and hands them to renderers that
 * only turn records into bytes: the class report PDF, the family pages PDF, CSV and JSON, and the
 * term zip. This feature only reads other features' data; it writes only its own tables
 * ({@code report_note}, {@code report_highlight}) and the audit log.
 */
@NullMarked
package app.ripple.report;

import org.jspecify.annotations.NullMarked;
