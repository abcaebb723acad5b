package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.application.AnnualVerifications;
import org.portverify.application.ErrorTolerances;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionUploads;
import org.portverify.domain.model.Port;
import org.portverify.domain.run.RunSettings;
import org.portverify.domain.submission.Submission;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.interfaces.batch.JobLauncher;
import org.portverify.it.batch.LoseCommitOnceWriter;

/**
 * Exactly once (issue 13), inside the server. 2068: a chunk whose transaction fails after JBeret saved the step's
 * checkpoint (the window a kill -9 can hit, made deterministic by {@link LoseCommitOnceWriter}); the restart reads
 * that chunk again, because the reader resumes from what the database holds. 2078: a long run of refused lines
 * commits chunk by chunk like accepted ones, each kept once.
 */
@ExtendWith(ArquillianExtension.class)
class ExactlyOnceIT {

    private static final String BATCH = "portverify-batch-jobs";
    private static final String EJB = "portverify-ejb";
    private static final List<String> PARTS = List.of("emissions.csv", "throughput.csv", "milestones.csv", "fleet.csv");
    private static final String BAD = "2024,OGV,,NOx,not-a-number,short_tons";

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withBatchArtifacts(Deployments.ear(ExactlyOnceIT.class, Packages.class),
                LoseCommitOnceWriter.class);
    }

    /**
     * Both demo packages for 2068, POLA's emissions with three refused lines (3, 5 and 12), five records per chunk.
     * The 3rd chunk written fails at commit, after its checkpoint was saved: the run FAILS with chunks 1 and 2 stored
     * (10 figures; the refused line 3 and 5, kept in those chunks' transactions). The restart reads on after the last
     * stored line, so chunk 3 is read again: every line of both packages is stored exactly once, accepted or refused.
     */
    @Test
    void aChunkLostAfterItsCheckpointWasSavedIsReadAgainOnRestart() throws Exception {
        int year = 2068;
        Path root = Files.createTempDirectory("portverify-exactly-once");
        Map<String, List<String>> expected = new TreeMap<>();
        for (String port : List.of("POLA", "POLB")) {
            Map<String, String> files = Packages.forYear(Packages.demo(port), port, year);
            if (port.equals("POLA")) {
                files = Packages.with(files, "emissions.csv", ExactlyOnceIT::withRefusedLines);
            }
            Path folder = Files.createDirectories(root.resolve(year + "/" + port));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue());
                if (PARTS.contains(file.getKey())) {
                    List<String> lines = file.getValue().lines().toList();
                    for (int line = 2; line <= lines.size(); line++) {
                        if (!lines.get(line - 1).isBlank()) {
                            expected.computeIfAbsent(port, p -> new ArrayList<>()).add(file.getKey() + ":" + line);
                        }
                    }
                }
            }
        }
        System.setProperty(LoseCommitOnceWriter.PROPERTY, "3");
        long first;
        try {
            first = Runs.lookup(EJB, AnnualVerifications.class).start("admin", RunSettings.Request.forYear(year)
                    .withAsOfDate("2025-06-30").withSubmissionsDir(root.toString()).withItemCount(5));
            assertEquals(BatchStatus.FAILED, Runs.awaitEnd(first).getBatchStatus());
        } finally {
            System.clearProperty(LoseCommitOnceWriter.PROPERTY);
        }
        Map<String, Long> failed = Runs.stepMetrics(first, "ingest-records");
        assertEquals(2L, failed.get("COMMIT_COUNT"), failed.toString());
        assertEquals(1L, failed.get("ROLLBACK_COUNT"), failed.toString());
        assertEquals(List.of("emissions.csv:2", "emissions.csv:3", "emissions.csv:4", "emissions.csv:5",
                        "emissions.csv:6", "emissions.csv:7", "emissions.csv:8", "emissions.csv:9",
                        "emissions.csv:10", "emissions.csv:11"), stored(year, "POLA"),
                "chunks 1 and 2: lines 2-11, of which 3 and 5 refused");

        long second = Runs.lookup(BATCH, JobLauncher.class).restart(first);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());
        for (String port : List.of("POLA", "POLB")) {
            List<String> stored = stored(year, port);
            List<String> missing = new ArrayList<>(expected.get(port));
            missing.removeAll(stored);
            assertEquals(List.of(), missing, port + ": lines lost");
            assertEquals(expected.get(port), stored, port + ": every line once");
        }
        Map<String, Long> restarted = Runs.stepMetrics(second, "ingest-records");
        long all = expected.get("POLA").size() + expected.get("POLB").size();
        assertEquals(all - 10, restarted.get("READ_COUNT"), "read on after line 11 of POLA: " + restarted);
        assertEquals(1L, restarted.get("FILTER_COUNT"), "line 12 refused: " + restarted);
        assertEquals(List.of(3L, 5L, 12L), em.createQuery("select r.lineNumber from RejectedRecord r, Submission s"
                        + " where r.submissionId = s.id and s.reportingYear = :year order by r.lineNumber", Long.class)
                .setParameter("year", year).getResultList());
    }

    /**
     * 2078: 20,000 refused lines in a row, each its own (identical lines would compress past the ZIP ratio limit,
     * PV-1023), with tolerance 30,000 and an upload's chunks of 1,000 records. Each is kept once,
     * and they commit chunk by chunk like accepted records, instead of piling up in one transaction until an accepted
     * record comes.
     */
    @Test
    void aLongRunOfRefusedLinesCommitsChunkByChunk() throws Exception {
        int year = 2078;
        Runs.lookup(EJB, ErrorTolerances.class).set(year, "30000", "admin");
        Map<String, String> files = Packages.with(Packages.forYear(Packages.demo("POLA"), "POLA", year),
                "emissions.csv", text -> text + java.util.stream.IntStream.range(0, 20_000)
                        .mapToObj(i -> "2024,OGV,,NOx,not-a-number-" + i + ",short_tons\n")
                        .collect(java.util.stream.Collectors.joining()));
        SubmissionUploads.Upload upload = Runs.lookup(EJB, SubmissionUploads.class).upload(Port.POLA, year,
                new ByteArrayInputStream(Packages.zip(files)), "pola-2078.zip", "pola");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, upload.outcome().kind());
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(upload.executionId()).getBatchStatus());
        Map<String, Long> ingest = Runs.stepMetrics(upload.executionId(), "ingest-records");
        long records = ingest.get("READ_COUNT");
        assertEquals(20_000L + 400 + 10 + 13 + 18, records, "the demo's 441 records and the refused lines");
        assertTrue(ingest.get("COMMIT_COUNT") >= records / RunSettings.DEFAULT_ITEM_COUNT,
                "a commit per " + RunSettings.DEFAULT_ITEM_COUNT + " records read: " + ingest);
        assertEquals(20_000L, ingest.get("FILTER_COUNT"), "refused records are filtered items: " + ingest);
        long id = upload.outcome().submissionId();
        assertEquals(20_000L, em.createQuery("select count(distinct r.lineNumber) from RejectedRecord r"
                + " where r.submissionId = :id", Long.class).setParameter("id", id).getSingleResult());
        assertEquals(20_000L, em.createQuery("select count(r) from RejectedRecord r where r.submissionId = :id",
                Long.class).setParameter("id", id).getSingleResult());
        assertEquals(SubmissionStatus.ACCEPTED_WITH_WARNINGS, em.find(Submission.class, id).getStatus());
    }

    /** Lines 3, 5 and 12 of the emissions file refused (a value that is not a number). */
    private static String withRefusedLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int line : new int[] {3, 5, 12}) {
            lines.set(line - 1, BAD);
        }
        return String.join("\n", lines) + "\n";
    }

    /** "file:line" of everything the port's version of the year holds, figures and refused records, by file then line. */
    private List<String> stored(int year, String port) {
        Long id = em.createQuery("select s.id from Submission s where s.reportingYear = :year and s.port = :port",
                Long.class).setParameter("year", year).setParameter("port", Port.valueOf(port)).getSingleResult();
        List<String> lines = new ArrayList<>();
        Map<String, String> entities = Map.of("emissions.csv", "InventoryFigure", "throughput.csv", "Throughput",
                "milestones.csv", "Milestone", "fleet.csv", "FleetFigure");
        for (String part : PARTS) {
            List<Long> found = new ArrayList<>(em.createQuery("select x.sourceLine from " + entities.get(part)
                    + " x where x.submissionId = :id", Long.class).setParameter("id", id).getResultList());
            found.addAll(em.createQuery("select r.lineNumber from RejectedRecord r where r.submissionId = :id"
                    + " and r.fileName = :file", Long.class).setParameter("id", id).setParameter("file", part)
                    .getResultList());
            found.stream().sorted().forEach(line -> lines.add(part + ":" + line));
        }
        return lines;
    }
}
