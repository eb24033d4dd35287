package app.ripple.dashboard;

import app.ripple.chart.Chart;
import app.ripple.chart.DataTable;
import app.ripple.chart.SvgChartRenderer;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

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

    static NativeTable table(DataTable data, String id) {
        NativeTable table = new NativeTable();
        table.setId(id);
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(data.caption());
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String h : data.headers()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (var row : data.rows()) {
            NativeTableRow tr = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell th = new NativeTableHeaderCell(row.get(i));
                    th.getElement().setAttribute("scope", "row");
                    tr.add(th);
                } else {
                    tr.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(tr);
        }
        table.add(head, body);
        return table;
    }
}
