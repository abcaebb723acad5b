package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.Scope;
import org.portverify.domain.model.SourceCategory;

class ChartAssemblerTest {

    /** Issue 15: the caption said "ocean-going vessels are the largest source" whatever the bars showed. */
    @Test
    void theNoxCaptionNamesEachPortsLargestSourceFromTheFigures() {
        Map<Scope, SourceCategory> largest = new EnumMap<>(Scope.class);
        largest.put(Scope.POLA, SourceCategory.OGV);
        largest.put(Scope.POLB, SourceCategory.HDV);
        assertEquals("Where each port's NOx comes from in 2025; the largest source: Port of Los Angeles, ocean-going"
                + " vessels; Port of Long Beach, heavy-duty vehicles (drayage trucks).",
                ChartAssembler.categoryTonsCaption(2025, largest));
        largest.put(Scope.POLB, SourceCategory.OGV);
        assertEquals("Where each port's NOx comes from in 2025; the largest source at both ports: ocean-going vessels.",
                ChartAssembler.categoryTonsCaption(2025, largest));
        largest.remove(Scope.POLA);
        assertEquals("Where each port's NOx comes from in 2025; the largest source: Port of Long Beach, ocean-going"
                + " vessels.", ChartAssembler.categoryTonsCaption(2025, largest));
        assertEquals("Where each port's NOx comes from in 2025.", ChartAssembler.categoryTonsCaption(2025,
                new EnumMap<>(Scope.class)));
    }
}
