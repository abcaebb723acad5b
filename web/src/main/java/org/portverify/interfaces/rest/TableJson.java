package org.portverify.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portverify.reports.tables.ReportTable;

/**
 * A report table as JSON, the same for the staff API and the public view: its columns, and each row as an object
 * keyed by column, with the run and the data digest the figures belong to.
 */
public record TableJson(int reportingYear, long executionId, String dataSha256, String name, List<String> columns,
                        List<Map<String, Object>> rows) {

    static TableJson of(int reportingYear, long executionId, String dataSha256, ReportTable table) {
        List<Map<String, Object>> rows = table.rows().stream().map(row -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < table.headers().size(); i++) {
                object.put(table.headers().get(i), row.get(i));
            }
            return object;
        }).toList();
        return new TableJson(reportingYear, executionId, dataSha256, table.name(), table.headers(), rows);
    }
}
