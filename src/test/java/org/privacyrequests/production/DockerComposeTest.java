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
 * reads, pass the production start-up check, and publish the port the application listens on, on this
 * machine's loopback only, as every other published port.
 */
class DockerComposeTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(PRIVACY_[A-Z_]+)(:[^}]*)?}");
    /** Compose's own substitution: ${NAME:-default} or ${NAME:?message} (the operator must set it). */
    static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(?::-([^}]*)|:\\?[^}]*)?}");

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
    @SuppressWarnings("unchecked")
    void every_published_port_is_on_the_hosts_loopback_only() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services.get("postgres")).as("the database is not published").doesNotContainKey("ports");
        services.forEach((name, service) -> {
            for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
                assertThat(String.valueOf(port)).as(name + " publishes " + port).matches("127\\.0\\.0\\.1:\\d+:\\d+");
            }
        });
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("PRIVACY_BIND_ADDRESS=0.0.0.0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_nodes_pass_the_production_start_up_check_with_the_mailbox_password_over_tls() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> node = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("privacy-node-1");
        Map<String, Object> variables = new java.util.HashMap<>();
        ((Map<String, Object>) node.get("environment")).forEach((name, value) -> {
            Matcher m = COMPOSE_VARIABLE.matcher(String.valueOf(value));
            // What the operator must set gets a value as the operator would give it.
            variables.put(name, m.replaceAll(r -> r.group(2) != null ? r.group(2) : "set-by-the-operator-" + r.group(1)));
        });
        List<String> profiles = List.of(String.valueOf(variables.get("SPRING_PROFILES_ACTIVE")).split(","));

        org.privacyrequests.security.ProductionSettingsCheckAccess.check(profiles, variables);
        assertThat(variables).containsEntry("PRIVACY_MAILBOX_PROTOCOL", "imaps");
    }

    @Test
    void production_needs_every_variable_the_start_up_check_names() throws IOException {
        String prod = Files.readString(Path.of("src/main/resources/application-prod.yml"));
        for (String name : org.privacyrequests.security.ProductionSettingsCheckAccess.required()) {
            assertThat(prod).as(name).contains("${" + name);
        }
    }
}
