package org.portverify.infrastructure.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.portverify.domain.error.ErrorCode;

/**
 * Brings the schema to the latest version at deployment, before any request or job can use it. The migrations are
 * the versioned SQL files in {@code db/migration}; Hibernate never generates or alters tables.
 */
@Singleton
@Startup
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortVerifyDS")
    private DataSource dataSource;

    // Flyway commits each migration itself, so it must run outside the container's transaction.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> ErrorCode.SCHEMA_MIGRATED.message(result.targetSchemaVersion, result.migrationsExecuted));
    }
}
