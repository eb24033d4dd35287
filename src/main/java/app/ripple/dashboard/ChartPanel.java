package app.ripple.dashboard;

import app.ripple.base.Xml;
import app.ripple.chart.Chart;
import app.ripple.chart.DataTable;
import app.ripple.chart.SvgChartRenderer;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart on a page: a heading, the plain-language summary, the SVG drawing and, folded away,
 * the same numbers as a real HTML table (the accessible alternative).
 */
class ChartPanel extends Div {

    ChartPanel(String id, Chart chart, String tableLabel) {
        setId(id);
        addClassNames("ripple-card", "ripple-chart-panel");
        H2 title = new H2(chart.title());
        Paragraph summary = new Paragraph(chart.summary());
        summary.setId(id + "-summary");
        summary.addClassName("ripple-chart-summary");
        // about as many units as CSS pixels in a half-width card, so chart text reads at its nominal size
        Svg svg = new Svg(SvgChartRenderer.render(chart, 480, 260));
        svg.setId(id + "-svg");
        svg.addClassName("ripple-chart-svg");
        NativeDetails details = new NativeDetails(tableLabel, table(chart.table(), id + "-table"));
        details.addClassName("ripple-chart-table");
        add(title, summary, svg, details);
    }

    /**
     * The table as one element whose rows are written as HTML (escaped text only): the browser gets
     * the same accessible table, the UI protocol one property instead of a node per cell.
     */
    static Html table(DataTable data, String id) {
        return table(id, data.caption(), null, data.headers(), data.rows());
    }

    /** A table with a caption or an accessible name; the first cell of each row heads the row. */
    static Html table(String id, @Nullable String caption, @Nullable String label, List<String> headers,
            List<List<String>> rows) {
        StringBuilder h = new StringBuilder(256 + rows.size() * 96);
        h.append("<table id=\"").append(Xml.escape(id)).append('"');
        if (label != null) {
            h.append(" aria-label=\"").append(Xml.escape(label)).append('"');
        }
        h.append('>');
        if (caption != null) {
            h.append("<caption>").append(Xml.escape(caption)).append("</caption>");
        }
        h.append("<thead><tr>");
        for (String header : headers) {
            h.append("<th scope=\"col\">").append(Xml.escape(header)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = Xml.escape(row.get(i));
                h.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(cell).append(i == 0 ? "</th>" : "</td>");
            }
            h.append("</tr>");
        }
        return new Html(h.append("</tbody></table>").toString());
    }
}
