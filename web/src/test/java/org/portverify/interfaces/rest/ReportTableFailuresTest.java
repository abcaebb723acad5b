package org.portverify.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.reports.tables.TableExportException;

/** The reports module's code-free table failures answered with the catalogue's PV-4202 and PV-4203. */
class ReportTableFailuresTest {

    record WithObjects(List<Object> things) {
    }

    @Test
    void aModelThatCannotBeExportedIsPv4202() {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> ReportResource.exportable(new WithObjects(List.of())));
        assertEquals(ErrorCode.TABLE_NOT_EXPORTABLE, violation.code());
        assertTrue(violation.getMessage().startsWith("PV-4202: Table of the model of the report model cannot be"
                + " exported: WithObjects.things is a java.util.List<java.lang.Object>;"), violation.getMessage());
        assertInstanceOf(TableExportException.class, violation.getCause());
    }

    @Test
    void aFailedWriteIsPv4203() {
        TableExportException failure = new TableExportException("trends: disk full", null);
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> ReportResource.written("trends.xlsx", () -> {
                    throw failure;
                }));
        assertEquals(ErrorCode.TABLE_EXPORT_FAILED, violation.code());
        assertEquals("PV-4203: Writing table trends.xlsx failed: trends: disk full", violation.getMessage());
        assertSame(failure, violation.getCause());
    }

    @Test
    void aWrittenExportIsItsBytes() {
        byte[] bytes = {1, 2};
        assertSame(bytes, ReportResource.written("t.csv", () -> bytes));
    }
}
