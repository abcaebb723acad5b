package org.portverify.application.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.portverify.domain.metrics.ReductionMetric;

/** The Board report's digests: SHA-256 in lower-case hex, of the PDF's bytes and of the figures it shows. */
public final class ReportDigests {

    private ReportDigests() {
    }

    /** SHA-256 of the bytes, 64 lower-case hex characters. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256 (MessageDigest's required algorithms)
            throw new IllegalStateException(e);
        }
    }

    /**
     * SHA-256 over every metric in stored order: the fingerprint of the figures, independent of the PDF bytes. One
     * line per metric: scope, category (ALL for the totals), pollutant, data year, tons, reduction, tons per 10,000
     * TEU and its reduction, as plain decimals without trailing zeros (empty when absent), joined by {@code |}.
     */
    public static String data(List<ReductionMetric> metrics) {
        String canonical = metrics.stream().map(m -> String.join("|", m.getScope().name(),
                        Objects.toString(m.getCategory(), "ALL"), m.getPollutant().name(),
                        String.valueOf(m.getDataYear()), plain(m.getTons()), plain(m.getReduction()),
                        plain(m.getTonsPer10kTeu()), plain(m.getEfficiencyReduction())))
                .collect(Collectors.joining("\n"));
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
