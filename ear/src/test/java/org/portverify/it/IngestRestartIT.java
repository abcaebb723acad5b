package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.interfaces.batch.JobLauncher;
import org.portverify.application.RegistrationOutcome;
import org.portverify.application.SubmissionIngests;
import org.portverify.application.SubmissionIntake;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.Port;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.submission.SubmissionStatus;
import org.portverify.infrastructure.files.PackageStore;

/**
 * An ingest stopped in the middle of its chunk step, then restarted: it continues from the last checkpoint and ends
 * with every record stored exactly once. Reporting year 2032, used by no other test (nor 2031, so no restated-baseline warning).
 */
@ExtendWith(ArquillianExtension.class)
class IngestRestartIT {

    private static final int YEAR = 2032;
    private static final int FIRST_YEAR = 2005;

    @Inject
    private PackageStore store;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IngestRestartIT.class, Packages.class);
    }

    @Test
    void aStoppedIngestRestartsFromItsCheckpointAndStoresEveryRecordOnce() throws Exception {
        Map<String, String> files = largePackage();
        long emissions = files.get("emissions.csv").lines().count() - 1;
        long records = emissions + (YEAR - FIRST_YEAR + 1);
        SubmissionIntake intake = Runs.lookup("portverify-ejb", SubmissionIntake.class);
        JobLauncher launcher = Runs.lookup("portverify-batch-jobs", JobLauncher.class);
        RegistrationOutcome outcome = intake.upload(Port.POLA, YEAR,
                store.store(new ByteArrayInputStream(Packages.zip(files))), "large.zip", "test");
        assertEquals(RegistrationOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.message());

        // Five records per chunk: hundreds of checkpoints, so the stop lands in the middle of the step.
        long first = launcher.startIngest(outcome.submissionId(), 5);
        awaitRead(first);
        launcher.stop(first);
        assertEquals(BatchStatus.STOPPED, Runs.awaitEnd(first).getBatchStatus());
        long committedBefore = Runs.stepMetrics(first, "ingest-records").get("WRITE_COUNT");
        assertTrue(committedBefore > 0 && committedBefore < records, "stopped mid-step: " + committedBefore);
        assertEquals(committedBefore, storedRecords(outcome.submissionId()), "what the first attempt committed");
        assertEquals(SubmissionStatus.RECEIVED, status(outcome.submissionId()), "nothing applied before the end");

        // The documented restart (POST /runs/{id}/restart routes an ingest there): it claims the version first.
        long second = Runs.lookup("portverify-ejb", SubmissionIngests.class).restart(first);
        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(second).getBatchStatus());
        assertEquals(records - committedBefore, Runs.stepMetrics(second, "ingest-records").get("READ_COUNT"),
                "the restart reads only what the first attempt did not commit");
        assertEquals(records, storedRecords(outcome.submissionId()), "every record exactly once");
        assertEquals(SubmissionStatus.ACCEPTED, status(outcome.submissionId()));
    }

    private void awaitRead(long executionId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (BatchRuntime.getJobOperator().getStepExecutions(executionId).stream()
                    .anyMatch(s -> s.getStepName().equals("ingest-records"))
                    && Runs.stepMetrics(executionId, "ingest-records").getOrDefault("WRITE_COUNT", 0L) > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the ingest never started writing");
    }

    private long storedRecords(long submissionId) {
        return em.createQuery("select count(f) from InventoryFigure f where f.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult()
                + em.createQuery("select count(t) from Throughput t where t.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    private SubmissionStatus status(long submissionId) {
        return em.createQuery("select s.status from Submission s where s.id = :id", SubmissionStatus.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    /** Every year 2005-2032 x category x criteria pollutant, constant values (no warning), TEU for every year. */
    private static Map<String, String> largePackage() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest.csv", "port,reporting_year,edition,preparer,contact,submitted_on,note\n"
                + "POLA,2032,2032,Restart test,qa@example.org,2033-06-30,\n");
        StringBuilder emissions = new StringBuilder("data_year,category,sub_category,pollutant,value,unit\n");
        StringBuilder throughput = new StringBuilder("data_year,teu\n");
        for (int year = FIRST_YEAR; year <= YEAR; year++) {
            for (SourceCategory category : SourceCategory.sources()) {
                for (Pollutant pollutant : Pollutant.values()) {
                    // CO2e is its gases' sum under AR5 (100 + 28 x 100 + 265 x 100): no PV-1222
                    emissions.append(year).append(',').append(category.code()).append(",,").append(pollutant.code())
                            .append(pollutant == Pollutant.CO2E ? ",29400," : ",100,")
                            .append(pollutant.reportingUnit().code()).append('\n');
                }
            }
            throughput.append(year).append(",8000000\n");
        }
        files.put("emissions.csv", emissions.toString());
        files.put("throughput.csv", throughput.toString());
        files.put("milestones.csv", "phase,category,milestone_id,kind,title,due_date,completed_date,status,"
                + "within_port_control,flexibility_ref,evidence_ref\n");
        files.put("fleet.csv", "data_year,category,ze_units,total_units,chargers,capacity,capacity_unit\n");
        return files;
    }
}
