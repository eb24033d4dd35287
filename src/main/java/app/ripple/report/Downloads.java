package app.ripple.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

/** Download links for a class's report and exports; the bytes are made (and audited) when clicked. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String id, String text, String fileName, String mime, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, mime, content.length);
        }), text);
        a.setId(id);
        a.addClassName("ripple-link-button");
        return a;
    }

    /**
     * The links as a list, laid out as a wrapping row with room between them (plain inline links ran
     * together: "Class report (PDF)Family pages (PDF)Acts (CSV)…"), and read as a list by screen readers.
     */
    static UnorderedList list(java.util.List<Anchor> links) {
        UnorderedList list = new UnorderedList();
        list.addClassName("ripple-download-list");
        links.forEach(a -> list.add(new ListItem(a)));
        return list;
    }

    /** The six exports of one class, as links. */
    static java.util.List<Anchor> forClass(ReportService reports, long classId, String className, Locale locale,
            java.util.function.Function<String, String> t) {
        String base = ReportService.slug(className);
        return java.util.List.of(
                link("report-pdf-" + classId, t.apply("report.download.pdf"), base + "-report.pdf", "application/pdf",
                        () -> reports.pdf(classId, locale)),
                link("report-family-" + classId, t.apply("report.download.family"), base + "-family-pages.pdf", "application/pdf",
                        () -> reports.familyPages(classId, locale)),
                link("report-acts-" + classId, t.apply("report.download.acts"), base + "-acts.csv", "text/csv;charset=UTF-8",
                        () -> reports.csv(classId, ReportService.CsvKind.ACTS, locale)),
                link("report-participation-" + classId, t.apply("report.download.participation"), base + "-participation.csv",
                        "text/csv;charset=UTF-8", () -> reports.csv(classId, ReportService.CsvKind.PARTICIPATION, locale)),
                link("report-aggregates-" + classId, t.apply("report.download.aggregates"), base + "-figures.csv",
                        "text/csv;charset=UTF-8", () -> reports.csv(classId, ReportService.CsvKind.AGGREGATES, locale)),
                link("report-json-" + classId, t.apply("report.download.json"), base + "-report.json", "application/json",
                        () -> reports.json(classId, locale)));
    }
}
