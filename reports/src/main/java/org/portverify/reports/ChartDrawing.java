package org.portverify.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws a {@link Chart} with JFreeChart straight onto the PDF's own Graphics2D: vector paths and text in the report's
 * embedded DejaVu font, no bitmap. Nothing in it depends on the clock or on chance (no shadows, no gradients, no
 * transparency, which PDF/A-1 forbids), so the same chart always writes the same bytes.
 */
final class ChartDrawing implements Renderable, Graphics2DRenderable {

    private static final long serialVersionUID = 1L;

    static final String FONT = "DejaVu Sans";
    /** The report's palette: navy, amber, teal, grey, plum, brick. */
    private static final Color[] PALETTE = {new Color(0x1F3A5F), new Color(0xC0701A), new Color(0x2F7F6F),
            new Color(0x7A8494), new Color(0x7B4B8A), new Color(0x9B1C1C)};
    private static final Color INK = new Color(0x1A202C);
    private static final Color GRID = new Color(0xD5DAE1);
    private static final Color BAND = new Color(0xDCE4EE);
    private static final Color MARKER = new Color(0x9B1C1C);

    private final Chart chart;
    private final String id;

    ChartDrawing(Chart chart, int index) {
        this.chart = chart;
        this.id = "chart-" + index;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        JFreeChart drawn = chart.kind() == Chart.Kind.BAR ? bars() : lines();
        drawn.setAntiAlias(false);
        drawn.setTextAntiAlias(false);
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.setBorderVisible(false);
        drawn.setPadding(new RectangleInsets(2, 2, 2, 2));
        LegendTitle legend = drawn.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 7));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemPaint(INK);
        }
        drawn.draw(graphics, area);
    }

    private JFreeChart lines() {
        XYPlot plot = new XYPlot();
        NumberAxis years = new NumberAxis(null);
        years.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.US)));
        years.setAutoRangeIncludesZero(false);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(years);
        NumberAxis values = valueAxis();
        plot.setDomainAxis(years);
        plot.setRangeAxis(values);

        int dataset = 0;
        if (!chart.bands().isEmpty()) {
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            for (Chart.Band band : chart.bands()) {
                YIntervalSeries s = new YIntervalSeries(band.name(), false, false);
                for (Chart.BandPoint p : band.points()) {
                    s.add(p.year(), (p.low() + p.high()) / 2, p.low(), p.high());
                }
                bands.addSeries(s);
            }
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            renderer.setAlpha(1.0f);
            for (int i = 0; i < chart.bands().size(); i++) {
                renderer.setSeriesFillPaint(i, BAND);
                renderer.setSeriesPaint(i, BAND);
                renderer.setSeriesStroke(i, new BasicStroke(0.1f));
            }
            plot.setDataset(dataset, bands);
            plot.setRenderer(dataset, renderer);
            dataset++;
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < chart.series().size(); i++) {
            Chart.Series series = chart.series().get(i);
            XYSeries s = new XYSeries(series.name(), true, false);
            Integer previous = null;
            for (Chart.Point p : series.points()) {
                if (!series.dashed() && previous != null && p.year() > previous + 1) {
                    // No line across years without data (2005 to 2017): the gap shows they are missing.
                    s.add(previous + 1, null);
                }
                s.add(p.year(), p.value());
                previous = p.year();
            }
            lines.addSeries(s);
            Color colour = PALETTE[i % PALETTE.length];
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesStroke(i, series.dashed()
                    ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f)
                    : new BasicStroke(1.4f));
            renderer.setSeriesShapesVisible(i, !series.dashed());
            renderer.setSeriesShape(i, new Rectangle2D.Double(-1.8, -1.8, 3.6, 3.6));
        }
        plot.setDataset(dataset, lines);
        plot.setRenderer(dataset, renderer);
        // The band (dataset 0) first, the lines over it.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        // Markers go behind the data: their opaque label boxes must not hide a line.
        int verticals = 0;
        for (Chart.Marker m : chart.markers()) {
            ValueMarker marker = new ValueMarker(m.value(), MARKER,
                    new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
            marker.setLabel(m.label());
            marker.setLabelFont(new Font(FONT, Font.PLAIN, 6));
            marker.setLabelPaint(MARKER);
            // JFreeChart's defaults are translucent (marker 0.8, label box alpha 100), which PDF/A-1 refuses.
            marker.setAlpha(1.0f);
            marker.setLabelBackgroundColor(Color.WHITE);
            if (m.vertical()) {
                // Alternate top and middle so that the labels of neighbouring goal years do not overlap.
                boolean top = verticals++ % 2 == 0;
                marker.setLabelAnchor(top ? RectangleAnchor.TOP_LEFT : RectangleAnchor.LEFT);
                marker.setLabelTextAnchor(top ? TextAnchor.TOP_RIGHT : TextAnchor.CENTER_RIGHT);
                plot.addDomainMarker(marker, Layer.BACKGROUND);
            } else {
                // At the right end, where falling emissions are lowest: the label sits above its line, clear of the
                // data when the standard is met.
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(marker, Layer.BACKGROUND);
            }
        }
        includeMarkers(plot);
        style(plot);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return new JFreeChart(null, new Font(FONT, Font.BOLD, 8), plot, true);
    }

    /** Widens the axes so that every marker (a goal year, a standard) is inside the plot, with some air. */
    private void includeMarkers(XYPlot plot) {
        double minYear = Double.MAX_VALUE;
        double maxYear = -Double.MAX_VALUE;
        double maxValue = 0;
        double minValue = 0;
        for (Chart.Series series : chart.series()) {
            for (Chart.Point p : series.points()) {
                minYear = Math.min(minYear, p.year());
                maxYear = Math.max(maxYear, p.year());
                maxValue = Math.max(maxValue, p.value());
                minValue = Math.min(minValue, p.value());
            }
        }
        for (Chart.Band band : chart.bands()) {
            for (Chart.BandPoint p : band.points()) {
                minYear = Math.min(minYear, p.year());
                maxYear = Math.max(maxYear, p.year());
                maxValue = Math.max(maxValue, p.high());
                minValue = Math.min(minValue, p.low());
            }
        }
        for (Chart.Marker m : chart.markers()) {
            if (m.vertical()) {
                minYear = Math.min(minYear, m.value());
                maxYear = Math.max(maxYear, m.value());
            } else {
                maxValue = Math.max(maxValue, m.value());
                minValue = Math.min(minValue, m.value());
            }
        }
        if (minYear > maxYear) {
            return;
        }
        double pad = Math.max(0.5, (maxYear - minYear) * 0.03);
        plot.getDomainAxis().setRange(minYear - pad, maxYear + pad);
        double span = maxValue - minValue;
        plot.getRangeAxis().setRange(minValue, span == 0 ? 1 : maxValue + span * 0.08);
    }

    private JFreeChart bars() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        chart.bars().forEach(b -> dataset.addValue(b.value(), b.series(), b.category()));
        CategoryAxis categories = new CategoryAxis(null);
        style(categories);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.15);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(dataset, categories, valueAxis(), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot);
        plot.setRangeGridlinePaint(GRID);
        return new JFreeChart(null, new Font(FONT, Font.BOLD, 8), plot, true);
    }

    private NumberAxis valueAxis() {
        NumberAxis values = new NumberAxis(chart.valueLabel());
        style(values);
        if (chart.percent()) {
            NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
            values.setNumberFormatOverride(percent);
            values.setTickUnit(new NumberTickUnit(chart.kind() == Chart.Kind.BAR ? 0.2 : 0.2, percent));
        } else {
            values.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US)));
        }
        values.setAutoRangeIncludesZero(true);
        return values;
    }

    private static void style(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 7));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 6));
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 6));
    }

    /** The chart's data, for tests. */
    Chart chart() {
        return chart;
    }

    static List<Color> palette() {
        return List.of(PALETTE);
    }
}
