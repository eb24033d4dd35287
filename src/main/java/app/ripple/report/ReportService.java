package app.ripple.report;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassReader;
import app.ripple.classroom.ClassService;
import app.ripple.report.ReportData.ClassReport;
import app.ripple.report.ReportData.HighlightCandidate;
import app.ripple.report.ReportData.ReportListItem;
import app.ripple.report.ReportData.TeacherNote;
import app.ripple.school.AuditService;
import app.ripple.security.Caller;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Term reports and exports for a class: the class report PDF, the family pages, CSV and JSON, and
 * (coordinators) a zip of every class of a term. A teacher gets only the classes they teach, a
 * coordinator every class. Every export is written to the audit log in the same transaction as
 * the read. The teacher's highlights and closing paragraph are kept here too.
 */
@Service
public class ReportService {

    /** At most this many highlighted acts per report. */
    public static final int MAX_HIGHLIGHTS = 6;
    /** Longest closing paragraph, in characters. */
    public static final int MAX_CLOSING = 2000;

    /** The files of a class's exports. */
    public enum CsvKind { ACTS, PARTICIPATION, AGGREGATES }

    /** Progress of a bulk export: {@code done} of {@code total} classes. */
    public interface Progress {
        void update(int done, int total);
    }

    private final ReportReader reader;
    private final ClassService classes;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final JdbcClient jdbc;
    private final I18NProvider i18n;
    private final Clock clock;
    private final ReportMeters meters;

    ReportService(ReportReader reader, ClassService classes, CurrentUser currentUser, AuditService audit, JdbcClient jdbc,
            I18NProvider i18n, Clock clock, ReportMeters meters) {
        this.meters = meters;
        this.reader = reader;
        this.classes = classes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The caller's classes (a coordinator's: all) with their term, for the reports list. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ReportListItem> reportList() {
        return list(null);
    }

    /** The classes of a closed term (a teacher sees only their own), for the term archive. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ReportListItem> termArchive(long termId) {
        return list(termId).stream().filter(ReportListItem::termClosed).toList();
    }

    private List<ReportListItem> list(@Nullable Long termId) {
        Caller caller = currentUser.require();
        return jdbc.sql("""
                select c.id, c.name, c.term_id, t.name as term_name, coalesce(t.closed, false) as closed, c.archived,
                       (select count(*) from classroom_students_v s where s.class_id = c.id and s.active) as students,
                       (select coalesce(array_agg(sa.name order by sa.name), '{}') from classroom_class_teachers_v ct
                          join school_staff_v sa on sa.id = ct.staff_id where ct.class_id = c.id) as teachers
                from classroom_classes_v c left join school_terms_v t on t.id = c.term_id
                where c.school_id = ripple_school()
                  and (:coordinator or exists (select 1 from classroom_class_teachers_v ct where ct.class_id = c.id and ct.staff_id = :staff))
                  and (cast(:term as bigint) is null or c.term_id = :term)
                order by t.start_date desc nulls last, c.archived, c.name, c.id""")
                .param("coordinator", caller.isCoordinator()).param("staff", caller.staffId()).param("term", termId)
                .query((rs, n) -> new ReportListItem(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("teachers")),
                        (Long) rs.getObject("term_id"), rs.getString("term_name"), rs.getBoolean("closed"), rs.getBoolean("archived"),
                        rs.getInt("students")))
                .list();
    }

    /** The report's data (what the PDF shows), without writing an export. */
    @StaffOnly
    @Transactional(readOnly = true)
    public ClassReport classReport(long classId, Locale locale) {
        classes.requireAccess(classId);
        return reader.classReport(classId, locale);
    }

    /** The class report PDF in the given language and the school's paper size. Audited. */
    @ClassReader
    @Transactional
    public byte[] pdf(long classId, Locale locale) {
        byte[] pdf = meters.time("class_pdf", () -> ClassReportPdf.render(reader.classReport(classId, locale), new Texts(i18n, locale)));
        audit.record("REPORT_PDF_EXPORTED", "class:" + classId, pdf.length + " bytes");
        return pdf;
    }

    /** One page per student for families (only that student's own acts and lessons). Audited. */
    @ClassReader
    @Transactional
    public byte[] familyPages(long classId, Locale locale) {
        var pages = reader.familyPages(classId, locale);
        byte[] pdf = meters.time("family_pages", () -> FamilyPagesPdf.render(pages, new Texts(i18n, locale)));
        audit.record("FAMILY_PAGES_EXPORTED", "class:" + classId, pages.students().size() + " students");
        return pdf;
    }

    /** One of the CSV files. Audited. */
    @ClassReader
    @Transactional
    public byte[] csv(long classId, CsvKind kind, Locale locale) {
        byte[] csv = csvOf(classId, kind, locale);
        audit.record("REPORT_CSV_EXPORTED", "class:" + classId, kind.name());
        return csv;
    }

    /** The same data as one JSON document. Audited. */
    @ClassReader
    @Transactional
    public byte[] json(long classId, Locale locale) {
        byte[] json = jsonOf(classId, locale);
        audit.record("REPORT_JSON_EXPORTED", "class:" + classId, null);
        return json;
    }

    private byte[] csvOf(long classId, CsvKind kind, Locale locale) {
        var c = reader.context(classId, locale);
        return switch (kind) {
            case ACTS -> Exports.actsCsv(reader.acts(c));
            case PARTICIPATION -> Exports.participationCsv(List.of(), reader.participationRows(c));
            case AGGREGATES -> Exports.aggregatesCsv(reader.classReport(classId, locale));
        };
    }

    private byte[] jsonOf(long classId, Locale locale) {
        var c = reader.context(classId, locale);
        return Exports.json(reader.classReport(classId, locale), reader.acts(c), reader.participationRows(c));
    }

    /**
     * Coordinators: a zip with every class of the term (every current, not archived class when
     * {@code termId} is null): per class the report PDF, the family pages, the three CSV files and
     * the JSON. {@code progress} hears after each class. Audited once, with the number of classes.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public byte[] bulkZip(@Nullable Long termId, Locale locale, Progress progress) {
        return meters.time("term_zip", () -> zip(termId, locale, progress));
    }

    private byte[] zip(@Nullable Long termId, Locale locale, Progress progress) {
        List<ReportListItem> items = list(termId).stream().filter(i -> termId != null || !i.archived()).toList();
        Texts texts = new Texts(i18n, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        progress.update(0, items.size());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int done = 0;
            Set<String> folders = new LinkedHashSet<>();
            for (ReportListItem item : items) {
                String folder = slug(item.className()) + "-" + item.classId();
                folders.add(folder);
                entry(zip, folder + "/report.pdf", ClassReportPdf.render(reader.classReport(item.classId(), locale), texts));
                entry(zip, folder + "/family-pages.pdf", FamilyPagesPdf.render(reader.familyPages(item.classId(), locale), texts));
                for (CsvKind kind : CsvKind.values()) {
                    entry(zip, folder + "/" + kind.name().toLowerCase(Locale.ROOT) + ".csv", csvOf(item.classId(), kind, locale));
                }
                entry(zip, folder + "/report.json", jsonOf(item.classId(), locale));
                progress.update(++done, items.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("REPORTS_ZIP_EXPORTED", termId == null ? "school" : "term:" + termId, items.size() + " classes");
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A file-name-safe version of a class name ("Clase 5 Búhos" → "clase-5-buhos"). */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "class" : slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    // ------------------------------------------------------------------ highlights and closing paragraph

    /** Approved shared acts of the class a teacher may pick, newest first (at most 200), picked ones marked. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<HighlightCandidate> highlightCandidates(long classId, Locale locale) {
        classes.requireAccess(classId);
        var c = reader.context(classId, locale);
        Set<Long> picked = Set.copyOf(note(classId).highlightActIds());
        return jdbc.sql("""
                select a.id, coalesce(a.wall_text, a.own_text, ca.text), a.library_act_id, a.category, a.created_at
                from challenge_acts_v a left join challenge_custom_acts_v ca on ca.id = a.custom_act_id
                where a.class_id = ? and a.status = 'APPROVED' and a.category <> 'KIND_TO_MYSELF'
                order by (a.id in (select act_id from report_highlight where class_id = ?)) desc, a.created_at desc, a.id desc
                limit 200""")
                .params(classId, classId)
                .query((rs, n) -> new HighlightCandidate(rs.getLong(1),
                        rs.getString(2) != null ? rs.getString(2)
                                : rs.getString(3) != null ? i18n.getTranslation("act." + rs.getString(3), locale) : "",
                        app.ripple.challenge.Category.valueOf(rs.getString(4)),
                        LocalDate.ofInstant(rs.getTimestamp(5).toInstant(), c.zone()), picked.contains(rs.getLong(1))))
                .list();
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public TeacherNote note(long classId) {
        classes.requireAccess(classId);
        List<Long> ids = jdbc.sql("select act_id from report_highlight where class_id = ? order by position").param(classId)
                .query(Long.class).list();
        String closing = jdbc.sql("select closing_paragraph from report_note where class_id = ?").param(classId)
                .query(String.class).optional().orElse("");
        return new TeacherNote(ids, closing);
    }

    /**
     * Saves the highlights (in order, at most {@value #MAX_HIGHLIGHTS} approved shared acts of the
     * class) and the closing paragraph. Allowed after the term is closed too: the report is written
     * at term end; the class's own data stays read-only.
     */
    @StaffOnly
    @Transactional
    public void saveNote(long classId, List<Long> highlightActIds, String closingParagraph) {
        Caller caller = classes.requireAccess(classId);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(highlightActIds));
        String closing = closingParagraph.strip().replace("\r\n", "\n");
        Problems p = new Problems();
        p.require(ids.size() <= MAX_HIGHLIGHTS, "highlights", "report.highlights.tooMany", MAX_HIGHLIGHTS);
        if (!ids.isEmpty()) {
            int valid = jdbc.sql("""
                    select count(*) from challenge_acts_v where class_id = ? and status = 'APPROVED' and category <> 'KIND_TO_MYSELF'
                    and id = any(?)""").params(classId, ids.toArray(Long[]::new)).query(Integer.class).single();
            if (valid != ids.size()) {
                throw new NotAllowedException("highlight acts must be approved shared acts of class " + classId);
            }
        }
        p.require(closing.codePointCount(0, closing.length()) <= MAX_CLOSING, "closing", "validation.tooLong", MAX_CLOSING);
        p.require(closing.codePoints().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n'), "closing",
                "validation.controlCharacters");
        p.throwIfAny();
        jdbc.sql("delete from report_highlight where class_id = ?").param(classId).update();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("insert into report_highlight (class_id, act_id, position) values (?, ?, ?)").params(classId, ids.get(i), i + 1)
                    .update();
        }
        jdbc.sql("""
                insert into report_note (class_id, closing_paragraph, updated_by, updated_at) values (?, ?, ?, ?)
                on conflict (class_id) do update set closing_paragraph = excluded.closing_paragraph,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(classId, closing, caller.staffId(), Timestamp.from(clock.instant())).update();
        audit.record("REPORT_NOTE_SAVED", "class:" + classId, ids.size() + " highlights");
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
