package org.privacyrequests.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * This machine has no Docker engine, so the compose file is checked for what would break it: it parses,
 * its nodes run the profiles that exist, set every variable those profiles need, set none that nothing
 * reads, and publish the port the application listens on.
 */
class DockerComposeTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(PRIVACY_[A-Z_]+)(:[^}]*)?}");

    @Test
    @SuppressWarnings("unchecked")
    void two_nodes_on_postgresql_get_every_setting_the_production_profiles_read() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "mail", "privacy-node-1", "privacy-node-2");

        String profilesText = Files.readString(Path.of("src/main/resources/application-prod.yml"))
                + Files.readString(Path.of("src/main/resources/application-postgres.yml"));
        Set<String> read = new HashSet<>();
        Set<String> required = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(profilesText);
        while (m.find()) {
            read.add(m.group(1));
            if (m.group(2) == null) {
                required.add(m.group(1));
            }
        }
        for (String node : List.of("privacy-node-1", "privacy-node-2")) {
            Map<String, Object> service = (Map<String, Object>) services.get(node);
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE")).split(",")).containsExactlyInAnyOrder("prod", "postgres");
            assertThat(env.keySet()).as(node + " sets what the profiles need").containsAll(required);
            env.keySet().stream().filter(k -> k.startsWith("PRIVACY_"))
                    .forEach(k -> assertThat(read).as(node + " sets " + k + ", which the application reads").contains(k));
            assertThat(String.valueOf(env.get("PRIVACY_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat((List<String>) service.get("ports")).anyMatch(p -> p.endsWith(":8080"));
            assertThat(((Map<String, Object>) service.get("depends_on"))).containsKeys("postgres", "mail");
        }
        assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("port: 8080");
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("eclipse-temurin:17-jre", "actuator/health");
    }

    @Test
    void production_needs_every_variable_the_start_up_check_names() throws IOException {
        String prod = Files.readString(Path.of("src/main/resources/application-prod.yml"));
        for (String name : org.privacyrequests.security.ProductionSettingsCheckAccess.required()) {
            assertThat(prod).as(name).contains("${" + name);
        }
    }
}
