package org.portverify.reports;

import java.util.List;
import java.util.Objects;

/**
 * A chart of the report: numbers, not pictures. The renderer draws it as vector graphics, so the same chart always
 * gives the same PDF bytes.
 *
 * <p>A {@link Kind#LINE} chart plots {@code series} against the data year, with horizontal and vertical
 * {@code markers} (a baseline, a standard, a goal year) and shaded {@code bands} (a confidence band) behind the
 * lines. A {@link Kind#BAR} chart plots {@code bars}, grouped by their category, one colour per series.
 *
 * @param title      the chart's title, e.g. "San Pedro Bay NOx, short tons"
 * @param valueLabel the value axis label, e.g. "short tons"
 * @param percent    whether values are fractions to show as percent on the axis
 * @param caption    one sentence under the chart saying what to read from it (also its text alternative)
 */
public record Chart(String title, String valueLabel, Kind kind, boolean percent, List<Series> series,
                    List<Bar> bars, List<Marker> markers, List<Band> bands, String caption) {

    public enum Kind { LINE, BAR }

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(kind, "kind");
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        bars = List.copyOf(Objects.requireNonNull(bars, "bars"));
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        Objects.requireNonNull(caption, "caption");
    }

    /** A line chart. */
    public static Chart line(String title, String valueLabel, boolean percent, List<Series> series,
                             List<Marker> markers, List<Band> bands, String caption) {
        return new Chart(title, valueLabel, Kind.LINE, percent, series, List.of(), markers, bands, caption);
    }

    /** A bar chart. */
    public static Chart bar(String title, String valueLabel, boolean percent, List<Bar> bars, String caption) {
        return new Chart(title, valueLabel, Kind.BAR, percent, List.of(), bars, List.of(), List.of(), caption);
    }

    /** A named line; {@code dashed} for a fitted or projected line rather than observed figures. */
    public record Series(String name, boolean dashed, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(Objects.requireNonNull(points, "points"));
        }
    }

    /** A data year and its value. */
    public record Point(int year, double value) {
    }

    /** One bar: its group on the category axis, its series (colour) and its value. */
    public record Bar(String category, String series, double value) {
        public Bar {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(series, "series");
        }
    }

    /** A reference line: horizontal at a value, or vertical at a year ({@code vertical}). */
    public record Marker(String label, double value, boolean vertical) {
        public Marker {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A shaded range between {@code low} and {@code high} per year, e.g. a 95% band. */
    public record Band(String name, List<BandPoint> points) {
        public Band {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(Objects.requireNonNull(points, "points"));
        }
    }

    public record BandPoint(int year, double low, double high) {
    }
}
