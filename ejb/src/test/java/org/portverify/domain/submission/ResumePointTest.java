package org.portverify.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ResumePointTest {

    @Test
    void nothingStoredStartsAtTheFirstLineOfEmissions() {
        assertEquals(ResumePoint.START, ResumePoint.after(Map.of()));
        assertFalse(ResumePoint.START.stores(0, 2));
    }

    @Test
    void theLastPartWithAStoredLineIsWhereReadingGoesOn() {
        // emissions read to line 9,000 (its figures and a refusal at 8,999), throughput up to line 7
        ResumePoint point = ResumePoint.after(Map.of("emissions.csv", 9_000L, "throughput.csv", 7L));
        assertEquals(new ResumePoint(1, 7), point);
        assertTrue(point.stores(0, 9_001), "every line of an earlier part is read");
        assertTrue(point.stores(1, 7));
        assertFalse(point.stores(1, 8));
        assertFalse(point.stores(2, 2));
    }

    @Test
    void aRefusedLineCountsLikeAStoredFigure() {
        assertEquals(new ResumePoint(3, 12), ResumePoint.after(Map.of("emissions.csv", 40L, "fleet.csv", 12L)));
    }

    @Test
    void packageErrorsAndHeadersSayNothingAboutWhereReadingStopped() {
        // PV-1050 names the uploaded file at line 0; a header refusal is line 1 of its part
        assertEquals(new ResumePoint(0, 30), ResumePoint.after(Map.of("POLA-2068.zip", 0L, "emissions.csv", 30L,
                "throughput.csv", 1L)));
    }
}
