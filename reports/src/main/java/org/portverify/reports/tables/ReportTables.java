package org.portverify.reports.tables;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of a report model, found by record reflection so that a table added to the model is exported without
 * code here. Every component of type {@code List<R>} is a table named after the component in kebab case
 * ({@code penaltyTotals} is {@code penalty-totals}), in the model's component order:
 * <ul>
 * <li>{@code R} a record: its columns are {@code R}'s components, headed in words ({@code changePer10kTeu} is
 * "Change per 10,000 TEU");</li>
 * <li>{@code R} a cell type (e.g. {@code List<String>} paragraphs): one column, headed after the component;</li>
 * <li>a component of {@code R} that is itself a list (the series of a chart, the points of a series) is a table of
 * its own, {@code charts-series}, {@code charts-series-points}: a row per element of the inner list, its parent's
 * cells in front, so that each row says where it belongs;</li>
 * <li>a model component that is itself a record is a section of the report: its tables are found the same way and
 * named after both ({@code ogv} and {@code measures} give {@code ogv-measures}), or after the list alone when the
 * section is marked {@link FlatSection}.</li>
 * </ul>
 * A name is a table's address (REST paths, sheet names), so two tables of one name make the model not exportable.
 *
 * <p>A cell is text, a whole number, a decimal, a date, an enum or a boolean. Whole numbers stay {@link Long} and
 * decimals ({@code double}, {@link BigDecimal}) become {@link BigDecimal}, so the XLSX holds them as numbers; the rest
 * becomes its text ({@code n/a} for a decimal that is not finite). A row component of any other type, a set, map or
 * array, or a list of something else makes the model not exportable ({@link TableExportException}):
 * the unit tests of the model fail before such a table reaches a server.
 */
public final class ReportTables {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class);
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, float.class, Double.class, Float.class,
            BigDecimal.class);
    private static final Set<Class<?>> TEXTS = Set.of(String.class, boolean.class, Boolean.class, char.class,
            Character.class, BigInteger.class);

    /** Words of component names written other than in lower case. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("teu", "TEU"), Map.entry("per10k", "per 10,000"), Map.entry("id", "ID"),
            Map.entry("dpm", "DPM"), Map.entry("nox", "NOx"), Map.entry("sox", "SOx"), Map.entry("pm25", "PM2.5"),
            Map.entry("pm10", "PM10"), Map.entry("co2e", "CO2e"), Map.entry("co2", "CO2"), Map.entry("ch4", "CH4"),
            Map.entry("n2o", "N2O"), Map.entry("co", "CO"), Map.entry("hc", "HC"), Map.entry("ghg", "GHG"),
            Map.entry("sha256", "SHA-256"), Map.entry("caap", "CAAP"), Map.entry("ze", "ZE"),
            Map.entry("ogv", "OGV"), Map.entry("che", "CHE"), Map.entry("hdv", "HDV"), Map.entry("qa", "QA"),
            Map.entry("pv", "PV"), Map.entry("pola", "POLA"), Map.entry("polb", "POLB"), Map.entry("r2", "R²"),
            Map.entry("pct", "%"));

    private ReportTables() {
    }

    /** The names of the tables of a model type, in component order; refuses a type with a table it cannot export. */
    public static List<String> names(Class<? extends Record> modelType) {
        return sources(modelType).stream().map(TableSource::name).toList();
    }

    /** Every table of the model, in component order, with all its rows. */
    public static List<ReportTable> of(Record model) {
        Objects.requireNonNull(model, "model");
        return sources(model.getClass()).stream().map(source -> table(model, source)).toList();
    }

    /** The table of that name (as {@link #names} spells it), if the model has one. */
    public static Optional<ReportTable> table(Record model, String name) {
        Objects.requireNonNull(model, "model");
        return sources(model.getClass()).stream().filter(source -> source.name().equals(name)).findFirst()
                .map(source -> table(model, source));
    }

    /** {@code penaltyTotals} gives {@code penalty-totals}. */
    static String kebab(String componentName) {
        return componentName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** {@code changePer10kTeu} gives "Change per 10,000 TEU", {@code pm25} "PM2.5", {@code dataYear} "Data year". */
    static String heading(String componentName) {
        List<String> words = new ArrayList<>();
        for (String word : componentName.split("(?<=[a-z0-9])(?=[A-Z])")) {
            String lower = word.toLowerCase(Locale.ROOT);
            words.add(WORDS.getOrDefault(lower, lower));
        }
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * One list on the way to a table's rows: the component it is read from, and the cell components of its elements
     * (none when the elements are cells themselves).
     */
    private record Level(RecordComponent list, boolean cellElements, List<RecordComponent> cells) {
    }

    /** Where a table is: the sections from the model to its first list, then the lists down to its rows. */
    private record TableSource(String name, List<RecordComponent> sections, List<Level> levels, List<String> headers) {
    }

    private static List<TableSource> sources(Class<?> modelType) {
        if (!modelType.isRecord()) {
            throw TableExportException.notExportable(modelType.getName() + " is not a record");
        }
        List<TableSource> tables = new ArrayList<>();
        Deque<Class<?>> open = new ArrayDeque<>();
        open.push(modelType);
        sections(modelType, "", List.of(), open, tables);
        Set<String> names = new HashSet<>();
        for (TableSource table : tables) {
            if (!names.add(table.name())) {
                throw TableExportException.notExportable(modelType.getSimpleName() + " has two tables named "
                        + table.name() + "; a table's name is its address");
            }
        }
        return tables;
    }

    private static void sections(Class<?> type, String prefix, List<RecordComponent> path, Deque<Class<?>> open,
                                 List<TableSource> tables) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            String name = prefix + kebab(component.getName());
            if (List.class.isAssignableFrom(componentType)) {
                lists(type, component, name, path, List.of(), List.of(), open, tables);
            } else if (componentType.isRecord()) {
                refuseCycle(type, component, componentType, open);
                open.push(componentType);
                List<RecordComponent> here = new ArrayList<>(path);
                here.add(component);
                String sectionPrefix = component.isAnnotationPresent(FlatSection.class) ? prefix : name + "-";
                sections(componentType, sectionPrefix, List.copyOf(here), open, tables);
                open.pop();
            } else if (Collection.class.isAssignableFrom(componentType) || Map.class.isAssignableFrom(componentType)
                    || componentType.isArray()) {
                throw TableExportException.notExportable(where(type, component) + " is a "
                        + component.getGenericType().getTypeName() + "; a table is a List");
            }
        }
    }

    /** The table of a list component, then the tables of the lists inside its elements. */
    private static void lists(Class<?> owner, RecordComponent list, String name, List<RecordComponent> sections,
                              List<Level> parents, List<String> parentHeaders, Deque<Class<?>> open,
                              List<TableSource> tables) {
        Class<?> element = elementType(owner, list);
        List<Level> levels = new ArrayList<>(parents);
        List<String> headers = new ArrayList<>(parentHeaders);
        if (isCell(element)) {
            levels.add(new Level(list, true, List.of()));
            headers.add(heading(list.getName()));
            tables.add(new TableSource(name, sections, List.copyOf(levels), List.copyOf(headers)));
            return;
        }
        refuseCycle(owner, list, element, open);
        List<RecordComponent> cells = new ArrayList<>();
        List<RecordComponent> inner = new ArrayList<>();
        for (RecordComponent column : element.getRecordComponents()) {
            if (isCell(column.getType())) {
                cells.add(column);
                headers.add(heading(column.getName()));
            } else if (List.class.isAssignableFrom(column.getType())) {
                inner.add(column);
            } else {
                throw TableExportException.notExportable(where(owner, list) + ": column " + where(element, column)
                        + " is a " + column.getGenericType().getTypeName()
                        + "; a cell is text, a whole number, a decimal, a date, an enum or a boolean");
            }
        }
        levels.add(new Level(list, false, List.copyOf(cells)));
        if (!cells.isEmpty()) {
            // elements with nothing but lists only group the tables of those lists
            tables.add(new TableSource(name, sections, List.copyOf(levels), List.copyOf(headers)));
        }
        open.push(element);
        for (RecordComponent column : inner) {
            lists(element, column, name + "-" + kebab(column.getName()), sections, levels, headers, open, tables);
        }
        open.pop();
    }

    /** The element type of a List component: a record or a cell type. */
    private static Class<?> elementType(Class<?> owner, RecordComponent list) {
        Type type = list.getGenericType();
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
                && (element.isRecord() || isCell(element))) {
            return element;
        }
        throw TableExportException.notExportable(where(owner, list) + " is a " + type.getTypeName()
                + "; a table is a List of records or of cells");
    }

    private static void refuseCycle(Class<?> owner, RecordComponent component, Class<?> type, Deque<Class<?>> open) {
        if (open.contains(type)) {
            throw TableExportException.notExportable(where(owner, component) + " holds a " + type.getSimpleName()
                    + " inside a " + type.getSimpleName() + "; a table cannot nest itself");
        }
    }

    private static boolean isCell(Class<?> type) {
        return WHOLE_NUMBERS.contains(type) || DECIMALS.contains(type) || TEXTS.contains(type) || type.isEnum()
                || TemporalAccessor.class.isAssignableFrom(type);
    }

    private static String where(Class<?> owner, RecordComponent component) {
        return owner.getSimpleName() + "." + component.getName();
    }

    private static ReportTable table(Record model, TableSource source) {
        Object owner = model;
        for (RecordComponent section : source.sections()) {
            owner = owner == null ? null : value(section, owner);
        }
        List<List<Object>> rows = new ArrayList<>();
        rows(owner, source.levels(), 0, List.of(), rows);
        return new ReportTable(source.name(), source.headers(), rows);
    }

    /** The rows below {@code owner}: each element of the level's list, its cells after {@code front}. */
    private static void rows(Object owner, List<Level> levels, int depth, List<Object> front,
                             List<List<Object>> rows) {
        Level level = levels.get(depth);
        Object list = owner == null ? null : value(level.list(), owner);
        for (Object element : list == null ? List.of() : (List<?>) list) {
            List<Object> cells = new ArrayList<>(front);
            if (level.cellElements()) {
                cells.add(cell(element));
            } else {
                for (RecordComponent column : level.cells()) {
                    cells.add(cell(value(column, element)));
                }
            }
            if (depth == levels.size() - 1) {
                rows.add(cells);
            } else {
                rows(element, levels, depth + 1, cells, rows);
            }
        }
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (WHOLE_NUMBERS.contains(value.getClass())) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                return "n/a";
            }
            // the shortest text that gives the value back (Float's own, so 0.1f is 0.1), without a trailing zero
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            Method accessor = component.getAccessor();
            // a row record need not be public to be exported
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw TableExportException.notExportable(component.getDeclaringRecord().getSimpleName() + "."
                    + component.getName() + " cannot be read: " + e);
        }
    }
}
