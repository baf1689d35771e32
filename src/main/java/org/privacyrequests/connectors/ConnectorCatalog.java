package org.privacyrequests.connectors;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the connector configuration (the file named by {@code privacy.connectors.config}), checks every
 * name in it against the databases, checks that the databases can carry out what erasure, anonymisation, the retention
 * sweep, correction and objection will do ({@link ChangeReadiness}), and offers one {@link JdbcConnector} per configured
 * source. A configuration that cannot work stops start-up with a message naming the file, the source and the field.
 */
@Component
public class ConnectorCatalog implements DisposableBean, org.privacyrequests.lookup.PersonalDataSources,
        org.privacyrequests.company.DataCategories {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectorCatalog.class);

    private final List<PersonalDataSource> sources = new ArrayList<>();
    private final List<HikariDataSource> ownConnections = new ArrayList<>();
    private final CategoryList categories;

    public ConnectorCatalog(@Value("${privacy.connectors.config}") String location, ResourceLoader resources,
                            DataSource applicationDatabase, Anonymiser anonymiser) {
        ConnectorsSpec spec = ConnectorsFile.read(location, resources);
        categories = ConnectorsFile.categories(spec, location);
        try {
            load(spec, location, applicationDatabase, anonymiser, new ChangeReadiness(CorrectionFormLimits.read(resources)));
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
    }

    private void load(ConnectorsSpec spec, String location, DataSource applicationDatabase, Anonymiser anonymiser, ChangeReadiness readiness) {
        Set<String> names = new HashSet<>();
        List<String> unready = new ArrayList<>();
        for (ConnectorsSpec.Source source : spec.sources()) {
            ConfigurationProblems problems = new ConfigurationProblems(location, source.name());
            if (source.name() == null || source.name().isBlank() || !names.add(source.name())) {
                problems.fail("name", "every source needs a name of its own");
            }
            DataSource database = source.connection() == null ? applicationDatabase : connect(source, problems);
            ProcessingRole role = role(source, problems);
            SourceDescriptions.check(source, problems);
            if (source.connection() != null && !reachable(database)) {
                LOG.warn("Connector configuration {}, source '{}': its database cannot be reached now; its names are checked "
                        + "when it is first used, and until then requests that need it wait as incidents", location, source.name());
                sources.add(new LateConnector(source.name(), describe(source), () -> {
                    List<String> own = new ArrayList<>();
                    JdbcConnector connector = connector(source, role, database, problems, anonymiser, readiness, own);
                    if (!own.isEmpty()) {
                        throw ChangeReadiness.error(location, own);
                    }
                    return connector;
                }));
            } else {
                sources.add(connector(source, role, database, problems, anonymiser, readiness, unready));
            }
        }
        // All sources' problems at once: a company fixes its configuration and its grants in one round, not one per start.
        if (!unready.isEmpty()) {
            throw ChangeReadiness.error(location, unready);
        }
    }

    /** The source's connector, its names resolved against the database; what its changes need that the database lacks goes to {@code unready}. */
    private static JdbcConnector connector(ConnectorsSpec.Source source, ProcessingRole role, DataSource database, ConfigurationProblems problems,
                                           Anonymiser anonymiser, ChangeReadiness readiness, List<String> unready) {
        java.util.Map<String, ResolvedTable> tables = TableResolver.tables(source, database, problems);
        RelationshipColumns relationship = TableResolver.relationship(source, database, problems);
        unready.addAll(readiness.check(source, problems, tables, relationship, database));
        return new JdbcConnector(source.name(), describe(source), role, database, source.connection() != null, tables, relationship, anonymiser);
    }

    private static boolean reachable(DataSource database) {
        try (Connection ignored = database.getConnection()) {
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public List<PersonalDataSource> sources() {
        return List.copyOf(sources);
    }

    /** The kinds of personal data the configuration names, with their words for the mails, the access answer and the staff pages. */
    @Override
    public List<org.privacyrequests.company.DataCategories.ConfiguredCategory> categories() {
        return categories.categories();
    }

    private DataSource connect(ConnectorsSpec.Source source, ConfigurationProblems problems) {
        if (source.connection().url() == null || source.connection().url().isBlank()) {
            problems.fail("connection.url", "a connection needs a JDBC URL (or leave out connection for the application's database)");
        }
        HikariDataSource database = new HikariDataSource();
        try {
            java.sql.DriverManager.getDriver(source.connection().url());
        } catch (SQLException noDriver) {
            problems.fail("connection.url", "no database driver for '" + source.connection().url() + "' (the product has PostgreSQL, "
                    + "MariaDB/MySQL and H2 drivers)");
        }
        database.setJdbcUrl(source.connection().url());
        database.setUsername(source.connection().username());
        database.setPassword(source.connection().password());
        database.setPoolName("connector-" + source.name().replaceAll("[^A-Za-z0-9]", "-"));
        database.setMaximumPoolSize(5);
        // A source that is down must not stop the product: its look-ups fail (as incidents) until it is back.
        database.setInitializationFailTimeout(-1);
        database.setConnectionTimeout(5000);
        ownConnections.add(database);
        return database;
    }

    private static ProcessingRole role(ConnectorsSpec.Source source, ConfigurationProblems problems) {
        if (source.role() == null) {
            throw problems.error("role", "must be controller or processor, not 'null'");
        }
        return source.role();
    }

    private static PersonalDataSource.SourceDescription describe(ConnectorsSpec.Source source) {
        return SourceDescriptions.of(source);
    }

    @Override
    public void destroy() {
        ownConnections.forEach(HikariDataSource::close);
    }

    /** A source's database does not answer: the step that needs it fails and is retried (an incident at last). */
    public static class SourceUnavailable extends RuntimeException {
        public SourceUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
