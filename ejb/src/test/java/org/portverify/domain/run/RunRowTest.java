package org.portverify.domain.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;
import org.portverify.domain.agreement.compliance.ComplianceRecord;
import org.portverify.domain.metrics.progress.QaFlagRecord;
import org.portverify.domain.metrics.progress.SeriesTrendRecord;
import org.portverify.domain.metrics.progress.StandardProgressRecord;
import org.portverify.domain.metrics.progress.ZeroEmissionShareRecord;

/** The id, execution and position of a run's rows are mapped once, and each table still draws on its own sequence. */
class RunRowTest {

    private static final List<Class<? extends RunRow>> ROWS = List.of(StandardProgressRecord.class,
            SeriesTrendRecord.class, QaFlagRecord.class, ZeroEmissionShareRecord.class, ComplianceRecord.class);

    @Test
    void theSharedColumnsAreMappedOnceInTheSuperclass() throws NoSuchFieldException {
        assertNotNull(RunRow.class.getAnnotation(MappedSuperclass.class));
        Field id = RunRow.class.getDeclaredField("id");
        assertNotNull(id.getAnnotation(Id.class));
        assertEquals(GenerationType.SEQUENCE, id.getAnnotation(GeneratedValue.class).strategy());
        assertEquals("execution_id", RunRow.class.getDeclaredField("executionId").getAnnotation(Column.class).name());
        assertFalse(RunRow.class.getDeclaredField("executionId").getAnnotation(Column.class).nullable());
        assertFalse(RunRow.class.getDeclaredField("position").getAnnotation(Column.class).nullable());
    }

    @Test
    void everyRunRowEntityInheritsThemAndDeclaresNoneOfItsOwn() {
        for (Class<? extends RunRow> row : ROWS) {
            assertNotNull(row.getAnnotation(Entity.class), row.getSimpleName());
            assertEquals(RunRow.class, row.getSuperclass(), row.getSimpleName());
            Set<String> own = Arrays.stream(row.getDeclaredFields()).map(Field::getName).collect(Collectors.toSet());
            for (String shared : List.of("id", "executionId", "position")) {
                assertFalse(own.contains(shared), row.getSimpleName() + " declares " + shared);
            }
            assertTrue(Arrays.stream(row.getDeclaredFields()).noneMatch(f -> f.isAnnotationPresent(Id.class)),
                    row.getSimpleName());
            // a named generator would override the table's own sequence (and Hibernate warns about the shared name)
            assertEquals(null, row.getAnnotation(SequenceGenerator.class), row.getSimpleName());
        }
    }

    /** The unnamed generator takes {@code <table>_seq} with an allocation of 50: the migrations must create it so. */
    @Test
    void everyRunRowTableHasItsOwnSequenceIncrementingBy50() {
        String migrations = IntStream.rangeClosed(1, 8).mapToObj(RunRowTest::migration)
                .collect(Collectors.joining("\n"));
        for (Class<? extends RunRow> row : ROWS) {
            String table = row.getAnnotation(Table.class).name();
            assertTrue(Pattern.compile("create sequence " + table + "_seq start with 1 increment by 50;")
                    .matcher(migrations).find(), table);
        }
    }

    private static String migration(int version) {
        String prefix = "V" + version + "__";
        String[] names = {"foundation", "submission_contract", "uploads", "compliance", "caap_metrics",
                "agreement_rules", "caap_progress", "operations"};
        String resource = "/db/migration/" + prefix + names[version - 1] + ".sql";
        try (InputStream in = RunRowTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
