package org.portverify.domain.submission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Coded;
import org.portverify.domain.model.GlobalWarmingPotentials;
import org.portverify.domain.model.Port;

/** Validation of a package's manifest against the port and reporting year it was filed for. */
public final class ManifestRules {

    private ManifestRules() {
    }

    /** The contract's limits (docs/submission-format.md), checked here rather than left to the database. */
    private static void checkLength(SourceRecord row, String field, int max) {
        int length = row.value(field).length();
        if (length > max) {
            throw new RuleViolation(ErrorCode.MANIFEST_INVALID, field + " has " + length + " characters, at most "
                    + max + " are allowed");
        }
    }

    public static Manifest parse(SourceRecord row, Port filedFor, int reportingYear) {
        if (row.values().size() != row.columns()) {
            throw new RuleViolation(ErrorCode.MANIFEST_INVALID, "line " + row.line() + " has "
                    + row.values().size() + " fields, expected " + row.columns() + " as in its header");
        }
        String port = row.value("port");
        if (!filedFor.name().equals(port)) {
            throw new RuleViolation(ErrorCode.MANIFEST_WRONG_PORT, port, filedFor);
        }
        String year = row.value("reporting_year");
        if (!String.valueOf(reportingYear).equals(year)) {
            throw new RuleViolation(ErrorCode.MANIFEST_WRONG_YEAR, year, reportingYear);
        }
        checkLength(row, "edition", 32);
        checkLength(row, "preparer", 200);
        checkLength(row, "contact", 200);
        checkLength(row, "note", 2000);
        String edition = row.value("edition");
        if (edition.isEmpty()) {
            throw new RuleViolation(ErrorCode.MANIFEST_EDITION_MISSING);
        }
        LocalDate submittedOn = null;
        String date = row.value("submitted_on");
        if (!date.isEmpty()) {
            try {
                submittedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new RuleViolation(ErrorCode.MANIFEST_INVALID, "submitted_on '" + date + "' is not YYYY-MM-DD");
            }
        }
        return new Manifest(filedFor, reportingYear, edition, row.value("preparer"), row.value("contact"),
                submittedOn, row.value("note"), gwp(row.value("gwp")));
    }

    /** The manifest's global warming potentials: empty (and a manifest without the column) states none. */
    private static GlobalWarmingPotentials gwp(String code) {
        if (code.isEmpty()) {
            return null;
        }
        return Coded.fromCode(GlobalWarmingPotentials.class, code).orElseThrow(() -> new RuleViolation(
                ErrorCode.MANIFEST_GWP_UNKNOWN, code, Arrays.stream(GlobalWarmingPotentials.values())
                        .map(g -> g.code() + " (" + g.source() + ": CH4 " + g.methane().toPlainString() + ", N2O "
                                + g.nitrousOxide().toPlainString() + ")")
                        .collect(Collectors.joining(" or "))));
    }
}
