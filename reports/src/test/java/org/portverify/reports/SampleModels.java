package org.portverify.reports;

import java.time.LocalDate;
import java.util.List;

/** Sample board-report models for the tests: 2 ports and the combined San Pedro Bay figures. */
final class SampleModels {

    static final String POLA_SHA = "3f9a1c0d5e7b2a4c6d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e";
    static final String POLB_SHA = "b7e2d4f6a8c0e1f3a5b7c9d0e2f4a6b8c0d1e3f5a7b9c1d2e4f6a8b0c2d4e6f8";
    static final String DATA_DIGEST = "0c1d2e3f405162738495a6b7c8d9eafb0c1d2e3f405162738495a6b7c8d9eafb";

    private SampleModels() {
    }

    static BoardReportModel sample() {
        return sample(List.of(new RejectedRecordRow("POLB", "polb-inventory-2024.csv", 418, "value",
                "PV-2103", "Negative emission value (-12.4) for category CHE, pollutant NOx")));
    }

    static BoardReportModel withoutRejected() {
        return sample(List.of());
    }

    /** The sample with {@code inputs} input files and {@code rejected} refused records. */
    static BoardReportModel sized(int inputs, int rejected) {
        BoardReportModel base = sample();
        List<InputDigest> in = new java.util.ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            in.add(new InputDigest(i % 2 == 0 ? "POLA" : "POLB", "inventory-part-" + i + ".csv",
                    String.format("%064x", i + 1)));
        }
        List<RejectedRecordRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < rejected; i++) {
            out.add(new RejectedRecordRow("POLB", "polb-inventory-2024.csv", 100 + i, "value", "PV-2103",
                    "Negative emission value"));
        }
        return new BoardReportModel(base.reportingYear(), base.asOfDate(), base.status(), base.executionId(),
                base.softwareVersion(), base.dataDigest(), base.reductions(), base.trends(), in, out);
    }

    private static BoardReportModel sample(List<RejectedRecordRow> rejected) {
        String pola = "Port of Los Angeles";
        String polb = "Port of Long Beach";
        String spb = "San Pedro Bay (both ports)";
        return new BoardReportModel(
                2024,
                LocalDate.of(2025, 10, 31),
                "DRAFT",
                4711L,
                "0.1.0-SNAPSHOT",
                DATA_DIGEST,
                List.of(
                        new ReductionRow(pola, "DPM", "short tons", "1,062.0", "106.2", "-90%", "-93%"),
                        new ReductionRow(pola, "NOx", "short tons", "15,370.0", "4,149.9", "-73%", "-81%"),
                        new ReductionRow(pola, "SOx", "short tons", "7,066.0", "141.3", "-98%", "-99%"),
                        new ReductionRow(pola, "CO2e", "metric tons", "1,452,300", "1,190,886", "-18%", "-40%"),
                        new ReductionRow(polb, "DPM", "short tons", "887.0", "88.7", "-90%", "-92%"),
                        new ReductionRow(polb, "NOx", "short tons", "13,900.0", "4,448.0", "-68%", "-77%"),
                        new ReductionRow(polb, "PM2.5", "short tons", "820.0", "n/a", "n/a", "n/a"),
                        new ReductionRow(spb, "DPM", "short tons", "1,949.0", "194.9", "-90%", "-93%"),
                        new ReductionRow(spb, "NOx", "short tons", "29,270.0", "8,781.0", "-70%", "-79%")),
                List.of(
                        new TrendRow(pola, 2023, "-89%", "-71%", "-98%", "-87%", "-16%"),
                        new TrendRow(pola, 2024, "-90%", "-73%", "-98%", "-88%", "-18%"),
                        new TrendRow(polb, 2023, "-92%", "-71%", "-98%", "-90%", "-17%"),
                        new TrendRow(polb, 2024, "-90%", "-68%", "-98%", "-88%", "n/a"),
                        new TrendRow(spb, 2024, "-90%", "-70%", "-98%", "-88%", "-10%")),
                List.of(
                        new InputDigest("POLA", "pola-inventory-2024-edition-2025-06.csv", POLA_SHA),
                        new InputDigest("POLB", "polb-inventory-2024.csv", POLB_SHA)),
                rejected);
    }
}
