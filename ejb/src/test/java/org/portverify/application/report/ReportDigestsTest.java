package org.portverify.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.metrics.DemoData;
import org.portverify.domain.metrics.ReductionCalculator;
import org.portverify.domain.metrics.ReductionMetric;

class ReportDigestsTest {

    @Test
    void sha256IsLowerCaseHex() {
        // FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ReportDigests.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void theDataDigestOfTheDemoRunIsTheOneItsStoredReportsCarry() {
        List<ReductionMetric> metrics = ReductionCalculator.compute(42L, DemoData.inventories());
        // a stored report's data digest is compared with the recomputed one before its tables are served (PV-4205):
        // the digest of the same figures must never change
        assertEquals("fe1990b0509593931ca7ba9144cae42da199ab7618a6f1d117a40dbc98f3c338", ReportDigests.data(metrics));
        List<ReductionMetric> reversed = new ArrayList<>(metrics);
        Collections.reverse(reversed);
        assertNotEquals(ReportDigests.data(metrics), ReportDigests.data(reversed), "taken over the stored order");
    }
}
