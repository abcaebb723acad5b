package org.portverify.reports.tables;

import java.util.List;
import java.util.Objects;

/**
 * One table of the report, as the exports write it.
 *
 * @param name    the table's name in kebab case, e.g. {@code penalty-totals}: the model component's name
 * @param headers the column headings, e.g. {@code Change per 10,000 TEU}
 * @param rows    the cells, row by row, each a {@link String} or a {@link Number} (never {@code null})
 */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        Objects.requireNonNull(name, "name");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
