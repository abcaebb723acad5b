package org.portverify.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portverify.domain.error.ErrorCode;
import org.portverify.domain.model.Pollutant;
import org.portverify.domain.model.SourceCategory;
import org.portverify.domain.model.SubCategory;

/**
 * The package step at scale (issue 13, reporting year 2074, used by no other test; nor 2073, so nothing to restate):
 * a 50,000-row package (10,000 distinct records) whose emissions.csv repeats its keys in 40,000 more lines, under a tolerance of 50,000, closes in
 * a few seconds (today's per-line withdrawal took minutes and passed the transaction timeout) and reports each
 * duplicate with its own line and its first occurrence's.
 */
@ExtendWith(ArquillianExtension.class)
class PackageScaleIT {

    private static final int YEAR = 2074;
    private static final int DUPLICATES = 40_000;
    private static final int MILESTONES = 3_000;

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portverify")
    private EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(PackageScaleIT.class, Packages.class);
    }

    @Test
    void fortyThousandDuplicatesAreEachReportedWithTheirFirstLine() throws Exception {
        List<String> keys = keys();
        int distinct = keys.size();
        assertEquals(6_930, distinct, "70 data years x 9 category and sub-category pairs x 11 pollutants");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest.csv", "port,reporting_year,edition,preparer,contact,submitted_on,note\n"
                + "POLA,2074,2074,Scale test,qa@example.org,2075-06-30,\n");
        StringBuilder emissions = new StringBuilder("data_year,category,sub_category,pollutant,value,unit\n");
        keys.forEach(key -> emissions.append(key).append('\n'));
        for (int i = 0; i < DUPLICATES; i++) {
            emissions.append(keys.get(i % distinct)).append('\n');
        }
        StringBuilder teu = new StringBuilder("data_year,teu\n");
        for (int year = 2005; year <= YEAR; year++) {
            teu.append(year).append(",8000000\n");
        }
        StringBuilder milestones = new StringBuilder("phase,category,milestone_id,kind,title,due_date,completed_date,"
                + "status,within_port_control,flexibility_ref,evidence_ref\n");
        for (int i = 1; i <= MILESTONES; i++) {
            milestones.append("1,CHE_CONTAINER,SCALE-").append(i).append(",PROJECT_MILESTONE,Scale test milestone,"
                    + "2025-12-15,2025-12-10,COMPLETED,yes,,Board agenda item\n");
        }
        files.put("emissions.csv", emissions.toString());
        files.put("throughput.csv", teu.toString());
        files.put("milestones.csv", milestones.toString());
        files.put("fleet.csv", "data_year,category,ze_units,total_units,chargers,capacity,capacity_unit\n");
        long rows = distinct + DUPLICATES + 70 + MILESTONES;
        assertEquals(50_000, rows);

        HttpResponse<String> set = Http.putJson(Http.User.ADMIN, Http.api(base) + "/tolerances/" + YEAR,
                "{\"skipLimit\":50000}");
        assertEquals(200, set.statusCode(), set.body());
        HttpResponse<String> upload = Http.upload(Http.User.POLA, Http.api(base) + "/submissions/POLA/" + YEAR,
                "scale.zip", Packages.zip(files), Map.of());
        assertEquals(202, upload.statusCode(), upload.body());
        long executionId = object(upload.body()).getJsonNumber("executionId").longValue();

        assertEquals(BatchStatus.COMPLETED, Runs.awaitEnd(executionId).getBatchStatus());
        Map<String, Long> ingest = Runs.stepMetrics(executionId, "ingest-records");
        assertEquals(rows, ingest.get("READ_COUNT"));
        assertEquals(rows, ingest.get("WRITE_COUNT"), "every line passes the record rules");

        JsonObject version = object(Http.get(Http.User.POLA, Http.api(base) + "/submissions/POLA/" + YEAR + "/1")
                .body());
        assertEquals("ACCEPTED_WITH_WARNINGS", version.getString("status"), "40,000 errors tolerated");
        assertEquals(DUPLICATES, version.getJsonNumber("errors").longValue());
        assertEquals(0, version.getJsonNumber("warnings").longValue(), "constant figures, every baseline and TEU");
        long id = em.createQuery("select s.id from Submission s where s.port = org.portverify.domain.model.Port.POLA "
                + "and s.reportingYear = :year and s.version = 1", Long.class).setParameter("year", YEAR)
                .getSingleResult();

        assertEquals(distinct, count("InventoryFigure", id), "one figure per key: its first line");
        assertEquals(70L, count("Throughput", id));
        assertEquals((long) MILESTONES, count("Milestone", id));
        assertEquals(10_000L, count("InventoryFigure", id) + count("Throughput", id) + count("Milestone", id));
        assertEquals(0L, count("ValidationFinding", id));

        List<Object[]> refused = em.createQuery("select r.fileName, r.lineNumber, r.code, r.field, r.message, r.rawLine "
                + "from RejectedRecord r where r.submissionId = :id order by r.lineNumber", Object[].class)
                .setParameter("id", id).getResultList();
        assertEquals(DUPLICATES, refused.size());
        String[] names = {"data_year", "category", "sub_category", "pollutant"};
        for (int i = 0; i < DUPLICATES; i++) {
            Object[] r = refused.get(i);
            long line = distinct + 2 + i;
            int first = 2 + i % distinct;
            String[] key = keys.get(i % distinct).split(",");
            assertEquals("emissions.csv", r[0]);
            assertEquals(line, ((Number) r[1]).longValue());
            assertEquals("PV-1210", r[2]);
            assertEquals(String.join(",", names), r[3]);
            assertEquals(ErrorCode.DUPLICATE_EMISSION.reason(first, Integer.parseInt(key[0]), key[1],
                    key[2].isEmpty() ? "(none)" : key[2], key[3]), r[4], "line " + line);
            assertEquals(keys.get(i % distinct), r[5], "the raw line of " + line);
        }
    }

    private long count(String entity, long submissionId) {
        return em.createQuery("select count(e) from " + entity + " e where e.submissionId = :id", Long.class)
                .setParameter("id", submissionId).getSingleResult();
    }

    /** Every key of 2005-2074: each category whole and by each of its sub-categories, each pollutant, value 100. */
    private static List<String> keys() {
        List<String> keys = new java.util.ArrayList<>();
        for (int year = 2005; year <= YEAR; year++) {
            for (SourceCategory category : SourceCategory.sources()) {
                List<String> parts = new java.util.ArrayList<>(List.of(""));
                for (SubCategory sub : SubCategory.values()) {
                    if (sub.category() == category) {
                        parts.add(sub.code());
                    }
                }
                for (String part : parts) {
                    for (Pollutant pollutant : Pollutant.values()) {
                        // CO2e is its gases' sum under AR5 (100 + 28 x 100 + 265 x 100): no PV-1222
                        keys.add(year + "," + category.code() + "," + part + "," + pollutant.code() + ","
                                + (pollutant == Pollutant.CO2E ? "29400" : "100") + ","
                                + pollutant.reportingUnit().code());
                    }
                }
            }
        }
        return keys;
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
