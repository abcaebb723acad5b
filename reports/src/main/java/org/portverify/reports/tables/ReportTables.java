package org.portverify.reports.tables;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of a report model, found by record reflection so that a table added to the model is exported without
 * code here: every component of type {@code List<R>}, {@code R} a record, is a table named after the component in
 * kebab case ({@code penaltyTotals} is {@code penalty-totals}), in the model's component order. Its columns are
 * {@code R}'s components, headed in words ({@code changePer10kTeu} is "Change per 10,000 TEU").
 *
 * <p>A component that is itself a record is a section of the report: its tables are found the same way and named
 * after both ({@code ogv} and {@code measures} give {@code ogv-measures}). A set, map or array component is refused.
 *
 * <p>A cell is the component's value: a whole number ({@code int}, {@code long}, ...) stays a {@link Long}, so the
 * XLSX holds it as a number; strings, decimals, dates, enums and booleans become their text. Any other column type,
 * or a list of something that is not a record, makes the model not exportable ({@value
 * TableExportException#NOT_EXPORTABLE}): the unit tests of the model fail before such a table reaches a server.
 */
public final class ReportTables {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class);
    private static final Set<Class<?>> TEXTS = Set.of(String.class, boolean.class, Boolean.class, char.class,
            Character.class, BigDecimal.class, BigInteger.class);

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
     * Where a table is: the accessors from the model to its list, and its row record. A component that is itself a
     * record (a section of the report) is searched too, its tables named after both, e.g. {@code ogv-measures}.
     */
    private record TableSource(String name, List<RecordComponent> path, Class<?> row) {
    }

    private static List<TableSource> sources(Class<?> modelType) {
        if (!modelType.isRecord()) {
            throw TableExportException.notExportable(modelType.getName() + " is not a record");
        }
        List<TableSource> tables = new ArrayList<>();
        sources(modelType, "", List.of(), new ArrayList<>(List.of(modelType)), tables);
        return tables;
    }

    private static void sources(Class<?> type, String prefix, List<RecordComponent> path, List<Class<?>> sections,
                                List<TableSource> tables) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            List<RecordComponent> here = new ArrayList<>(path);
            here.add(component);
            String name = prefix + kebab(component.getName());
            if (List.class.isAssignableFrom(componentType)) {
                tables.add(new TableSource(name, List.copyOf(here), rowType(type, component)));
            } else if (componentType.isRecord() && !sections.contains(componentType)) {
                sections.add(componentType);
                sources(componentType, name + "-", here, sections, tables);
                sections.remove(componentType);
            } else if (Collection.class.isAssignableFrom(componentType) || Map.class.isAssignableFrom(componentType)
                    || componentType.isArray()) {
                throw TableExportException.notExportable(type.getSimpleName() + "." + component.getName() + " is a "
                        + component.getGenericType().getTypeName() + "; a table is a List of records");
            }
        }
    }

    /** The row record of a List component, every one of its components checked to be writable. */
    private static Class<?> rowType(Class<?> modelType, RecordComponent table) {
        String where = modelType.getSimpleName() + "." + table.getName();
        Type type = table.getGenericType();
        if (!(type instanceof ParameterizedType list)
                || !(list.getActualTypeArguments()[0] instanceof Class<?> row) || !row.isRecord()) {
            throw TableExportException.notExportable(where + " is a " + type.getTypeName()
                    + "; a table is a List of records");
        }
        for (RecordComponent column : row.getRecordComponents()) {
            Class<?> columnType = column.getType();
            if (!WHOLE_NUMBERS.contains(columnType) && !TEXTS.contains(columnType) && !columnType.isEnum()
                    && !TemporalAccessor.class.isAssignableFrom(columnType)) {
                throw TableExportException.notExportable(where + ": column " + row.getSimpleName() + "."
                        + column.getName() + " is a " + columnType.getName()
                        + "; a cell is text, a whole number, a decimal, a date, an enum or a boolean");
            }
        }
        return row;
    }

    private static ReportTable table(Record model, TableSource source) {
        RecordComponent[] columns = source.row().getRecordComponents();
        List<String> headers = Arrays.stream(columns).map(c -> heading(c.getName())).toList();
        Object list = model;
        for (RecordComponent step : source.path()) {
            list = list == null ? null : value(step, list);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object record : list == null ? List.of() : (List<?>) list) {
            List<Object> cells = new ArrayList<>(columns.length);
            for (RecordComponent column : columns) {
                cells.add(cell(value(column, record)));
            }
            rows.add(cells);
        }
        return new ReportTable(source.name(), headers, rows);
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (WHOLE_NUMBERS.contains(value.getClass())) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            // a row record need not be public to be exported
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw TableExportException.notExportable(component.getDeclaringRecord().getSimpleName() + "."
                    + component.getName() + " cannot be read: " + e);
        }
    }
}
