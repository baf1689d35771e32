package org.privacyrequests.requests;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 17: a requester's requests are found by address through an index, however the address was capitalised.
 * Every new request looks up the same requester's earlier ones ({@link EarlierRequests}); compared as
 * {@code LOWER(requester_email)}, that read every request of the period, so filing got slower with each request kept.
 * The column {@code requester_address} is the address in small letters, worked out by the database from
 * {@code requester_email}: it follows that column and goes with the record, and nothing writes it.
 *
 * <p>A Java migration (Spring Boot hands Flyway every bean of this type) because the databases spell such a column
 * differently: H2 knows no {@code STORED} (it keeps the value when the row is written all the same); PostgreSQL needs it.
 * H2's {@code LOWER} follows the JVM's default language: a node that wrote rows under one (Turkish: a capital I becomes a
 * dotless i) and reads under another would miss them. PostgreSQL, the production database, lowers by its own rules
 * alike on write and read.
 */
@Component
class RequesterAddressColumn implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "requests by requester address";
    }

    @Override
    public Integer getChecksum() {
        return 17;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = "H2".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("ALTER TABLE data_subject_request ADD COLUMN requester_address VARCHAR(320) "
                    + "GENERATED ALWAYS AS (LOWER(requester_email))" + (h2 ? "" : " STORED"));
            statement.execute("CREATE INDEX data_subject_request_by_address ON data_subject_request (requester_address)");
        }
    }
}
