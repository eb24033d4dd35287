/**
 * Charts: one renderer-independent chart model with two outputs, so the dashboards (web) and the
 * term report (PDF) draw the same charts.
 *
 * <ul>
 *   <li>Model: a {@link app.ripple.chart.Chart} is a {@link app.ripple.chart.CategoryChart}
 *   (bars, horizontal bars or lines, one value per category and {@link app.ripple.chart.Series},
 *   e.g. acts per week) or a {@link app.ripple.chart.DonutChart} (a mix, e.g. acts per category).
 *   Every chart carries its title, axis labels, a plain-language summary written by the caller
 *   (already translated) and derives an accessible {@link app.ripple.chart.DataTable}.</li>
 *   <li>Layout: {@link app.ripple.chart.ChartLayout} turns a chart into a {@link app.ripple.chart.Scene}
 *   of simple marks (rectangles, lines, paths made of cubic Béziers, texts) in a y-down coordinate
 *   space. All geometry (ticks, bar widths, arcs, legends) is decided there, once.</li>
 *   <li>Renderers only translate marks: {@link app.ripple.chart.SvgChartRenderer} writes an
 *   accessible inline SVG (roles as CSS classes so the app theme can restyle it),
 *   {@link app.ripple.chart.PdfChartRenderer} draws the same marks as PDFBox vectors.</li>
 * </ul>
 * The package depends on nothing else in Ripple; numbers are formatted for the chart's locale.
 */
@NullMarked
package app.ripple.chart;

import org.jspecify.annotations.NullMarked;
