package org.privacyrequests.connectors;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.lookup.ProcessingRole;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the connector configuration (the file named by {@code privacy.connectors.config}), checks every
 * name in it against the databases, and offers one {@link JdbcConnector} per configured source. A
 * configuration that cannot work stops start-up with a message naming the file, the source and the field.
 */
@Component
public class ConnectorCatalog implements DisposableBean, org.privacyrequests.lookup.PersonalDataSources {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectorCatalog.class);

    private static final Set<String> ANONYMISATIONS = Set.of("null", "hash");

    private final List<PersonalDataSource> sources = new ArrayList<>();
    private final List<HikariDataSource> ownConnections = new ArrayList<>();

    public ConnectorCatalog(@Value("${privacy.connectors.config}") String location, ResourceLoader resources,
                            DataSource applicationDatabase, Anonymiser anonymiser) {
        ConnectorsSpec spec = read(location, resources);
        try {
            load(spec, location, applicationDatabase, anonymiser);
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
    }

    private void load(ConnectorsSpec spec, String location, DataSource applicationDatabase, Anonymiser anonymiser) {
        Set<String> names = new HashSet<>();
        for (ConnectorsSpec.Source source : spec.sources()) {
            Problems problems = new Problems(location, source.name());
            if (source.name() == null || source.name().isBlank() || !names.add(source.name())) {
                problems.fail("name", "every source needs a name of its own");
            }
            DataSource database = source.connection() == null ? applicationDatabase : connect(source, problems);
            ProcessingRole role = role(source, problems);
            java.util.function.Supplier<JdbcConnector> connector = () -> new JdbcConnector(source.name(), describe(source), role,
                    database, source.connection() != null, resolve(source, database, problems), relationship(source, database, problems), anonymiser);
            if (source.connection() != null && !reachable(database)) {
                LOG.warn("Connector configuration {}, source '{}': its database cannot be reached now; its names are checked "
                        + "when it is first used, and until then requests that need it wait as incidents", location, source.name());
                sources.add(new LateConnector(source.name(), describe(source), connector));
            } else {
                sources.add(connector.get());
            }
        }
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

    private static ConnectorsSpec read(String location, ResourceLoader resources) {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load(location, resources.getResource(location));
            if (yaml.isEmpty()) {
                throw new ConnectorConfigurationError("Connector configuration " + location + " is empty or missing");
            }
            return Binder.get(new org.springframework.core.env.StandardEnvironment() {
                {
                    getPropertySources().addFirst(yaml.get(0));
                }
            }).bind("privacy.connectors", ConnectorsSpec.class)
                    .orElseThrow(() -> new ConnectorConfigurationError("Connector configuration " + location + " has no privacy.connectors"));
        } catch (IOException e) {
            throw new ConnectorConfigurationError("Connector configuration " + location + " cannot be read: " + e.getMessage());
        }
    }

    private DataSource connect(ConnectorsSpec.Source source, Problems problems) {
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

    private static ProcessingRole role(ConnectorsSpec.Source source, Problems problems) {
        try {
            return ProcessingRole.valueOf(String.valueOf(source.role()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problems.error("role", "must be controller or processor, not '" + source.role() + "'");
        }
    }

    private static PersonalDataSource.SourceDescription describe(ConnectorsSpec.Source source) {
        return new PersonalDataSource.SourceDescription(source.purpose(), source.recipients(), source.origin());
    }

    private static Map<String, ResolvedTable> resolve(ConnectorsSpec.Source source, DataSource database, Problems problems) {
        Map<String, ResolvedTable> tables = new LinkedHashMap<>();
        withNames(database, problems, names -> {
            for (ConnectorsSpec.Table t : source.tables()) {
                String where = "tables." + t.table();
                String stored = names.table(t.table());
                if (stored == null) {
                    throw problems.error(where, "no table '" + t.table() + "' in the database");
                }
                DataCategory category = t.linkOnly() ? null : category(t, where, problems);
                if (t.parent() != null && !tables.containsKey(t.parent().table())) {
                    throw problems.error(where + ".parent.table", "'" + t.parent().table() + "' must be configured before this table, in the same source");
                }
                if (t.identityColumns().isEmpty() && t.otherIdentities().isEmpty() && t.parent() == null) {
                    throw problems.error(where, "a table is found by identity-columns or through a parent; this one has neither");
                }
                if (!"delete".equals(t.erase()) && !"nullify".equals(t.erase())) {
                    throw problems.error(where + ".erase", "must be delete or nullify, not '" + t.erase() + "'");
                }
                if (!"exact".equals(t.identityMatch()) && !"case-insensitive".equals(t.identityMatch())) {
                    throw problems.error(where + ".identity-match", "must be case-insensitive or exact, not '" + t.identityMatch() + "'");
                }
                if ("nullify".equals(t.erase()) && t.nullifyColumns().isEmpty()) {
                    throw problems.error(where + ".nullify-columns", "erase: nullify needs the columns to set to null");
                }
                Map<String, String> anonymise = new LinkedHashMap<>();
                for (var entry : t.anonymise().entrySet()) {
                    String how = entry.getValue();
                    if (!ANONYMISATIONS.contains(how) && !how.startsWith("placeholder:")) {
                        throw problems.error(where + ".anonymise." + entry.getKey(), "must be null, hash or placeholder:<text>, not '" + how + "'");
                    }
                    anonymise.put(column(names, stored, entry.getKey(), where + ".anonymise", problems), how);
                }
                Map<String, List<String>> otherIdentities = new LinkedHashMap<>();
                Set<String> numericColumns = new HashSet<>();
                for (var entry : t.otherIdentities().entrySet()) {
                    List<String> identityColumns = columns(names, stored, entry.getValue(), where + ".other-identities." + entry.getKey(), problems);
                    otherIdentities.put(entry.getKey(), identityColumns);
                    for (String c : identityColumns) {
                        if (names.numeric(stored, ResolvedTable.unquoted(c))) {
                            numericColumns.add(c);
                        }
                    }
                }
                Map<String, DataCategory> columnCategories = new LinkedHashMap<>();
                for (var entry : t.columnCategories().entrySet()) {
                    String column = column(names, stored, entry.getKey(), where + ".column-categories", problems);
                    try {
                        columnCategories.put(column, DataCategory.valueOf(entry.getValue().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw problems.error(where + ".column-categories." + entry.getKey(),
                                "'" + entry.getValue() + "' is not a category the retention rules decide on");
                    }
                }
                if (!columnCategories.isEmpty() && !"nullify".equals(t.erase())) {
                    throw problems.error(where + ".erase", "a table with column-categories is erased by nullify: deleting the row "
                            + "would take columns the retention rules keep");
                }
                for (String c : t.nullifyColumns()) {
                    if (columnCategories.containsKey(column(names, stored, c, where + ".nullify-columns", problems))) {
                        throw problems.error(where + ".nullify-columns", "'" + c + "' has a category of its own (column-categories)");
                    }
                }
                Map<String, String> correctable = new LinkedHashMap<>();
                for (var entry : t.correctable().entrySet()) {
                    correctable.put(entry.getKey(), column(names, stored, entry.getValue(), where + ".correctable", problems));
                }
                String key = column(names, stored, t.key(), where + ".key", problems);
                tables.put(t.table(), new ResolvedTable(t.table(), names.quoted(stored),
                        key, names.numeric(stored, ResolvedTable.unquoted(key)), category,
                        columns(names, stored, t.identityColumns(), where + ".identity-columns", problems), otherIdentities, numericColumns,
                        t.verifiesIdentity(), t.linkOnly(),
                        "exact".equals(t.identityMatch()),
                        t.parent() == null ? null : t.parent().table(),
                        t.parent() == null ? null : column(names, stored, t.parent().column(), where + ".parent.column", problems),
                        optionalColumn(names, stored, t.customerColumn(), where + ".customer-column", problems),
                        optionalColumn(names, stored, t.recordDateColumn(), where + ".record-date-column", problems),
                        optionalColumn(names, stored, t.webshopColumn(), where + ".webshop-column", problems),
                        columns(names, stored, t.columns(), where + ".columns", problems), columnCategories,
                        "delete".equals(t.erase()),
                        columns(names, stored, t.nullifyColumns(), where + ".nullify-columns", problems),
                        anonymise, correctable));
            }
        });
        if (tables.isEmpty()) {
            throw problems.error("tables", "a source needs at least one table");
        }
        return tables;
    }

    private static JdbcConnector.RelationshipColumns relationship(ConnectorsSpec.Source source, DataSource database, Problems problems) {
        ConnectorsSpec.Relationship r = source.relationship();
        if (r == null) {
            return null;
        }
        JdbcConnector.RelationshipColumns[] resolved = new JdbcConnector.RelationshipColumns[1];
        withNames(database, problems, names -> {
            String stored = names.table(r.table());
            if (stored == null) {
                throw problems.error("relationship.table", "no table '" + r.table() + "' in the database");
            }
            resolved[0] = new JdbcConnector.RelationshipColumns(names.quoted(stored),
                    column(names, stored, r.key(), "relationship.key", problems),
                    column(names, stored, r.statusColumn(), "relationship.status-column", problems),
                    r.activeValues() == null ? List.of() : r.activeValues(),
                    optionalColumn(names, stored, r.endedColumn(), "relationship.ended-column", problems));
        });
        return resolved[0];
    }

    private static DataCategory category(ConnectorsSpec.Table t, String where, Problems problems) {
        try {
            return DataCategory.valueOf(String.valueOf(t.category()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problems.error(where + ".category", "'" + t.category() + "' is not a category the retention rules decide on");
        }
    }

    private static String column(SqlNames names, String table, String column, String where, Problems problems) throws SQLException {
        String stored = names.column(table, column);
        if (stored == null) {
            throw problems.error(where, "no column '" + column + "' in table " + table);
        }
        return names.quoted(stored);
    }

    private static String optionalColumn(SqlNames names, String table, String column, String where, Problems problems) throws SQLException {
        return column == null ? null : column(names, table, column, where, problems);
    }

    private static List<String> columns(SqlNames names, String table, List<String> columns, String where, Problems problems)
            throws SQLException {
        List<String> resolved = new ArrayList<>();
        for (String c : columns) {
            resolved.add(column(names, table, c, where, problems));
        }
        return resolved;
    }

    private static void withNames(DataSource database, Problems problems, NameWork work) {
        try (Connection connection = database.getConnection()) {
            work.run(new SqlNames(connection));
        } catch (SQLException e) {
            throw new SourceUnavailable("Source '" + problems.source() + "' cannot be reached: " + e.getMessage(), e);
        }
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

    private interface NameWork {
        void run(SqlNames names) throws SQLException;
    }

    private record Problems(String file, String source) {

        ConnectorConfigurationError error(String field, String problem) {
            return new ConnectorConfigurationError("Connector configuration " + file + ", source '" + source + "', " + field + ": " + problem);
        }

        void fail(String field, String problem) {
            throw error(field, problem);
        }
    }
}
