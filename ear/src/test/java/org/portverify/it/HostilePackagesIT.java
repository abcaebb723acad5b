package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionIngests;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.error.RuleViolation;
import org.portverify.domain.model.Port;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.infrastructure.files.PackageStore;
import org.portverify.interfaces.batch.JobLauncher;

/**
 * Hostile packages, each uploaded over POLA 2054 (used by no other test) whose version 1 is accepted first: every one
 * ends REJECTED with its own PV code (at upload, or by its failed ingest job), never RECEIVED once its job ended, and
 * version 1 stays ACCEPTED with its figures. Value refusals go to POLB 2055, where a record is refused with its code.
 * <p>
 * The two 300-million-character lines are generated as a stream (never held by the test either) into a ZIP of
 * pseudo-random digits, so that the archive's expansion ratio is an honest ~2, not a zip bomb. The server runs with
 * -Xmx1g; reading such a line whole would need at least 300 MB in one array (600 MB while a StringBuilder grows).
 * Bound: the old generation's peak grows by less than 128 MB while each of them is refused.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostilePackagesIT {

    private static final int YEAR = 2054;
    private static final int VALUES_YEAR = 2055;
    private static final long HUGE = 300_000_000L;
    private static final long HEAP_BOUND = 128L * 1024 * 1024;

    @Inject
    private PackageStore store;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(HostilePackagesIT.class, Packages.class, Workbooks.class);
    }

    private static Map<String, String> pola() {
        return Packages.forYear(Packages.demo("POLA"), "POLA", YEAR);
    }

    private static SubmissionIntake intake() {
        return Runs.lookup("portverify-ejb", SubmissionIntake.class);
    }

    private static JobLauncher launcher() {
        return Runs.lookup("portverify-batch-jobs", JobLauncher.class);
    }

    private RegistrationOutcome upload(Port port, int year, byte[] bytes, String name) {
        return intake().upload(port, year, store.store(new ByteArrayInputStream(bytes)), name, "test");
    }

    @Test
    @Order(1)
    void version1IsAccepted() throws Exception {
        RegistrationOutcome outcome = upload(Port.POLA, YEAR, Packages.zip(pola()), "pola.zip");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(launcher().startIngest(outcome.submissionId(), 100))
                .getBatchStatus());
        assertEquals(SubmissionStatus.ACCEPTED, status(1));
        assertEquals(400L, figuresOf(1));
    }

    @Test
    @Order(2)
    void aHeaderLineOf300MillionCharactersIsRefusedAtUpload() throws Exception {
        MemoryPoolMXBean old = oldGeneration();
        long before = old.getUsage().getUsed();
        old.resetPeakUsage();
        RegistrationOutcome outcome = uploadGenerated("huge-header.zip", "throughput.csv", "data_year,teu", "");
        assertEquals(RegistrationOutcome.Kind.REFUSED, outcome.kind(), outcome.message());
        assertTrue(old.getPeakUsage().getUsed() - before < HEAP_BOUND, "old generation grew by "
                + (old.getPeakUsage().getUsed() - before) + " bytes");
        assertEquals(List.of("PV-1032 throughput.csv:1"), findings(outcome.submissionId()));
        assertEquals(SubmissionStatus.REJECTED, statusOf(outcome.submissionId()));
        assertVersion1Untouched();
    }

    @Test
    @Order(3)
    void aDataLineOf300MillionCharactersFailsTheIngestAndRejectsTheVersion() throws Exception {
        MemoryPoolMXBean old = oldGeneration();
        long before = old.getUsage().getUsed();
        old.resetPeakUsage();
        RegistrationOutcome outcome = uploadGenerated("huge-line.zip", "throughput.csv", "data_year,teu\n2054,", "\n");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());
        long execution = launcher().startIngest(outcome.submissionId(), 100);
        assertEquals(BatchStatus.FAILED, awaitEnded(execution));
        assertTrue(old.getPeakUsage().getUsed() - before < HEAP_BOUND, "old generation grew by "
                + (old.getPeakUsage().getUsed() - before) + " bytes");
        assertEquals(SubmissionStatus.REJECTED, statusOf(outcome.submissionId()), "never RECEIVED after its job");
        assertEquals(List.of("PV-1032 huge-line.zip:0"), findings(outcome.submissionId()));
        assertEquals(0L, figuresOfSubmission(outcome.submissionId()), "what earlier chunks stored is withdrawn");
        assertVersion1Untouched();

        // the documented restart (POST /runs/{id}/restart) refuses it: the version is closed
        RuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> Runs.lookup("portverify-ejb", SubmissionIngests.class).restart(execution));
        assertEquals(ErrorCode.RESTART_REFUSED, refused.code(), refused.getMessage());
        // the job operator's own restart of the failed execution finds no RECEIVED version: it does nothing
        long restart = launcher().restart(execution);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(restart).getBatchStatus());
        assertEquals("NONE", Runs.stepExitStatus(restart, "close-ingest"));
        assertEquals(SubmissionStatus.REJECTED, statusOf(outcome.submissionId()));
        assertEquals(List.of("PV-1032 huge-line.zip:0"), findings(outcome.submissionId()));
    }

    @Test
    @Order(4)
    void anOverLongFieldFailsTheIngestWithItsCode() throws Exception {
        Map<String, String> files = Packages.with(pola(), "emissions.csv",
                text -> text + "2054,OGV,,NOx," + "1".repeat(5_000) + ",short_tons\n");
        assertIngestRejected(Packages.zip(files), "long-field.zip", "PV-1033");
    }

    @Test
    @Order(5)
    void aZipWhoseDirectoryUnderstatesASizeFailsTheIngestWithItsCode() throws Exception {
        byte[] zip = Packages.zip(pola());
        // emissions.csv holds ~14.5 KB; the directory now claims 10,000 bytes: the upload reads only its header
        declareSize(zip, "emissions.csv", 10_000);
        assertIngestRejected(zip, "lying.zip", "PV-1031");
    }

    @Test
    @Order(6)
    void aWorkbookWithBillionLaughsIsRefusedAtUpload() throws Exception {
        byte[] xlsx = rewrite(Workbooks.xlsx(pola()), "xl/worksheets/sheet2.xml", xml -> xml
                .replaceFirst("<worksheet", LAUGHS + "<worksheet")
                .replace("</sheetData>", "<row r=\"999\"><c r=\"A999\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
                        + "</row></sheetData>"));
        RegistrationOutcome outcome = upload(Port.POLA, YEAR, xlsx, "laughs.xlsx");
        assertEquals(RegistrationOutcome.Kind.REFUSED, outcome.kind(), outcome.message());
        assertEquals(List.of("PV-1037 emissions.csv:1"), findings(outcome.submissionId()));
        assertVersion1Untouched();
    }

    @Test
    @Order(7)
    void aWorkbookWithAnExternalEntityIsRefusedAtUpload() throws Exception {
        byte[] xlsx = rewrite(Workbooks.xlsx(pola()), "xl/sharedStrings.xml", xml -> xml
                .replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst")
                .replace("</sst>", "<si><t>&xxe;</t></si></sst>"));
        RegistrationOutcome outcome = upload(Port.POLA, YEAR, xlsx, "xxe.xlsx");
        assertEquals(RegistrationOutcome.Kind.REFUSED, outcome.kind(), outcome.message());
        assertEquals(List.of("PV-1037 xxe.xlsx:0"), findings(outcome.submissionId()));
        assertVersion1Untouched();
    }

    @Test
    @Order(8)
    void valuesThatCannotBeStoredExactlyAreRefusedWithTheirCodes() throws Exception {
        Map<String, String> files = Packages.forYear(Packages.demo("POLB"), "POLB", VALUES_YEAR);
        String emissions = files.get("emissions.csv");
        long lines = emissions.lines().count();
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes(emissions.getBytes(StandardCharsets.UTF_8));
        latin1.writeBytes(("2024,OGV,,NOx,1e308,short_tons\n" // line lines+1
                + "2024,OGV,,NOx,NaN,short_tons\n"
                + "2024,OGV,,NOx,Infinity,short_tons\n"
                + "2024,OGV,,NOx,\"1,234.5\",short_tons\n"
                + "2024,OGV,,NOx,1.0000000001,short_tons\n").getBytes(StandardCharsets.UTF_8));
        latin1.writeBytes(new byte[] {'2', '0', '2', '4', ',', 'O', 'G', 'V', ',', ',', 'N', 'O', 'x', ',', '1',
            ',', 's', 'h', 'o', 'r', 't', '_', 't', 'o', 'n', (byte) 0xE9, '\n'}); // "é" in ISO-8859-1
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        files.forEach((name, text) -> parts.put(name, text.getBytes(StandardCharsets.UTF_8)));
        parts.put("emissions.csv", latin1.toByteArray());
        RegistrationOutcome outcome = upload(Port.POLB, VALUES_YEAR, zipBytes(parts), "values.zip");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(launcher().startIngest(outcome.submissionId(), 100))
                .getBatchStatus());
        assertNotEquals(SubmissionStatus.RECEIVED, statusOf(outcome.submissionId()));
        assertEquals(List.of("PV-1213 emissions.csv:" + (lines + 1), "PV-1203 emissions.csv:" + (lines + 2),
                "PV-1203 emissions.csv:" + (lines + 3), "PV-1203 emissions.csv:" + (lines + 4),
                "PV-1212 emissions.csv:" + (lines + 5), "PV-1106 emissions.csv:" + (lines + 6)),
                findings(outcome.submissionId()));
    }

    // ---------------------------------------------------------------- helpers

    private void assertIngestRejected(byte[] bytes, String name, String code) throws Exception {
        RegistrationOutcome outcome = upload(Port.POLA, YEAR, bytes, name);
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());
        assertEquals(BatchStatus.FAILED, awaitEnded(launcher().startIngest(outcome.submissionId(), 100)));
        assertEquals(SubmissionStatus.REJECTED, statusOf(outcome.submissionId()), "never RECEIVED after its job");
        assertEquals(List.of(code + " " + name + ":0"), findings(outcome.submissionId()));
        assertEquals(0L, figuresOfSubmission(outcome.submissionId()));
        assertVersion1Untouched();
    }

    /**
     * The batch status once the execution has ended: its end time recorded, i.e. after its listeners ran (the
     * runtime shows FAILED while the job listener is still running).
     */
    private static BatchStatus awaitEnded(long executionId) throws InterruptedException {
        BatchStatus status = Runs.awaitEnd(executionId).getBatchStatus();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (BatchRuntime.getJobOperator().getJobExecution(executionId).getEndTime() == null) {
            assertTrue(System.nanoTime() < deadline, "execution " + executionId + " never recorded its end");
            Thread.sleep(100);
        }
        return status;
    }

    private void assertVersion1Untouched() {
        assertEquals(SubmissionStatus.ACCEPTED, status(1));
        assertEquals(400L, figuresOf(1));
    }

    /** A ZIP holding the POLA package with {@code file} replaced by prefix, 300 M pseudo-random digits, suffix. */
    private RegistrationOutcome uploadGenerated(String name, String file, String prefix, String suffix)
            throws IOException {
        Path zip = Files.createTempFile("hostile-", ".zip");
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.setLevel(Deflater.BEST_SPEED);
                for (Map.Entry<String, String> part : pola().entrySet()) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    if (part.getKey().equals(file)) {
                        out.write(prefix.getBytes(StandardCharsets.UTF_8));
                        writeDigits(out, HUGE);
                        out.write(suffix.getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    }
                    out.closeEntry();
                }
            }
            try (InputStream in = Files.newInputStream(zip)) {
                return intake().upload(Port.POLA, YEAR, store.store(in), name, "test");
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static void writeDigits(OutputStream out, long count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long seed = 42;
        for (long written = 0; written < count; written += chunk.length) {
            int n = (int) Math.min(chunk.length, count - written);
            for (int i = 0; i < n; i++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                chunk[i] = (byte) ('0' + (int) ((seed >>> 33) % 10));
            }
            out.write(chunk, 0, n);
        }
    }

    private static byte[] zipBytes(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The same archive with one entry's text changed. */
    private static byte[] rewrite(byte[] archive, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                parts.put(entry.getName(), content);
            }
        }
        assertTrue(found, entryName + " not in the workbook");
        return zipBytes(parts);
    }

    /** Rewrites the uncompressed size the central directory gives (offset 24 of its PK\1\2 header). */
    private static void declareSize(byte[] zip, String name, int size) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 + nameBytes.length <= zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == nameBytes.length
                    && new String(zip, i + 46, nameBytes.length, StandardCharsets.UTF_8).equals(name)) {
                buffer.putInt(i + 24, size);
                return;
            }
        }
        throw new AssertionError(name + " not in the archive");
    }

    private static MemoryPoolMXBean oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .findFirst().orElseThrow();
    }

    /** "CODE file:line" of each refused record or package finding, in line order. */
    private List<String> findings(long submissionId) {
        return em.createQuery("select concat(r.code, ' ', r.fileName, ':', r.lineNumber) from RejectedRecord r "
                        + "where r.submissionId = :id order by r.lineNumber, r.id", String.class)
                .setParameter("id", submissionId).getResultList();
    }

    private SubmissionStatus statusOf(long submissionId) {
        return em.createQuery("select s.status from Submission s where s.id = :id", SubmissionStatus.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    private SubmissionStatus status(int version) {
        return em.createQuery("select s.status from Submission s where s.port = :port and s.reportingYear = :year "
                        + "and s.version = :version", SubmissionStatus.class)
                .setParameter("port", Port.POLA).setParameter("year", YEAR).setParameter("version", version)
                .getSingleResult();
    }

    private long figuresOf(int version) {
        return em.createQuery("select count(f) from InventoryFigure f, Submission s where f.submissionId = s.id "
                        + "and s.port = :port and s.reportingYear = :year and s.version = :version", Long.class)
                .setParameter("port", Port.POLA).setParameter("year", YEAR).setParameter("version", version)
                .getSingleResult();
    }

    private long figuresOfSubmission(long submissionId) {
        return em.createQuery("select count(f) from InventoryFigure f where f.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    /** Billion laughs: ten entities each ten times the one before; expanded, 10^9 "lol"s. */
    private static final String LAUGHS = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
}
