package org.privacyrequests.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A request the product has committed is still there after the process is killed without warning
 * ({@code kill -9}, a power cut of the JVM): a second JVM opens the default profile's H2 URL (as written in
 * application.yml, in a folder of its own), commits rows one by one, says so, and is killed at once; the
 * database file then holds every row it said was committed.
 */
class EmbeddedDatabaseSurvivesKillTest {

    static final int ROWS = 200;
    static final String MARKER = "COMMITTED";

    @TempDir
    Path folder;

    @Test
    void every_committed_row_is_still_there_after_the_process_is_killed() throws Exception {
        String url = defaultDatabaseUrl().replace("./data/", folder.toAbsolutePath() + "/");

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenWait.class.getName(), url, String.valueOf(ROWS))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals(MARKER + " " + ROWS)) {
                    // SIGKILL: no shutdown hook, no close, nothing flushed on the way out.
                    writer.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("the writer said it committed every row").contains(MARKER + " " + ROWS);

        assertThat(rowsFound(url)).as("rows found after kill -9 with " + url).isEqualTo(ROWS);
    }

    /** The rows in the file; 0 when even the table was lost. */
    static int rowsFound(String url) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet table = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'COMMITTED_ROW'")) {
            table.next();
            if (table.getInt(1) == 0) {
                return 0;
            }
            try (ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM committed_row")) {
                count.next();
                return count.getInt(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String defaultDatabaseUrl() throws Exception {
        Map<String, Object> yml = new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) yml.get("spring")).get("datasource");
        String url = (String) datasource.get("url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url;
    }

    /** The child JVM: commits rows one transaction each, says so after each, then waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            Connection db = DriverManager.getConnection(args[0], "sa", "");
            int rows = Integer.parseInt(args[1]);
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE committed_row (id INT PRIMARY KEY, note VARCHAR(100))");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO committed_row VALUES (?, ?)")) {
                for (int i = 1; i <= rows; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "request " + i);
                    insert.executeUpdate();
                    db.commit();
                    System.out.println(MARKER + " " + i);
                }
            }
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
