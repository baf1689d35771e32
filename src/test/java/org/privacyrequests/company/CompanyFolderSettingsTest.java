package org.privacyrequests.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.FileSystemUtils;

/**
 * Where the company folder's settings stand among the product's, on Spring Boot's real reading of its files (an empty
 * context: no engine, no database): above the product's application.yml, below a profile's file and below anything
 * given at start; and which systems are searched when nothing names them.
 */
class CompanyFolderSettingsTest {

    static final Path FOLDER = Path.of("target/company-folder-settings-test").toAbsolutePath();

    @BeforeEach
    void aFreshFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        write("application.yml", """
                privacy:
                  company:
                    name: Bakkerij Test B.V.
                  connectors:
                    config: systems/shop.yml
                  minimisation:
                    gathered-data-kept-for: P10D
                spring:
                  datasource:
                    username: company-user
                    url: jdbc:h2:file:./data/privacy
                logging:
                  file:
                    name: ./logs/privacy.log
                """);
    }

    @Test
    void the_companys_settings_replace_the_products_defaults_and_its_paths_count_from_the_folder() {
        ConfigurableEnvironment env = start();

        assertThat(env.getProperty("privacy.company.name")).isEqualTo("Bakkerij Test B.V.");
        assertThat(env.getProperty("privacy.minimisation.gathered-data-kept-for")).isEqualTo("P10D");
        assertThat(env.getProperty("privacy.minimisation.request-records-kept-for")).as("not in the folder: the product's").isEqualTo("P5Y");
        assertThat(env.getProperty("privacy.connectors.config")).isEqualTo("file:" + FOLDER.resolve("systems/shop.yml"));
        assertThat(env.getProperty("logging.file.name")).isEqualTo(FOLDER.resolve("logs/privacy.log").toString());
        assertThat(env.getProperty("spring.datasource.url")).as("only a value that is a path").isEqualTo("jdbc:h2:file:./data/privacy");
    }

    @Test
    void a_profiles_file_of_the_product_comes_above_the_company_and_the_companys_own_profile_file_above_that() throws IOException {
        assertThat(start("postgres").getProperty("spring.datasource.username")).as("application-postgres.yml").isEqualTo("privacy");

        write("application-postgres.yml", """
                spring:
                  datasource:
                    username: company-postgres-user
                """);
        ConfigurableEnvironment env = start("postgres");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("company-postgres-user");
        assertThat(env.getProperty("privacy.company.name")).isEqualTo("Bakkerij Test B.V.");
    }

    @Test
    void what_is_given_at_start_comes_above_the_company_folder() {
        assertThat(start(List.of(), "--privacy.company.name=Given B.V.").getProperty("privacy.company.name")).isEqualTo("Given B.V.");
    }

    @Test
    void the_folders_connectors_file_is_used_when_no_setting_names_one_and_otherwise_the_demo_decides() throws IOException {
        write("application.yml", "privacy.company.name: Bakkerij Test B.V.\n");
        assertThat(start().getProperty("privacy.connectors.config")).as("the demo is on by default").isEqualTo("classpath:connectors/demo-company.yml");
        assertThat(start(List.of(), "--privacy.demo.enabled=false").getProperty("privacy.connectors.config"))
                .isEqualTo("classpath:connectors/none.yml");

        write("connectors.yml", "privacy.connectors.sources: []\n");
        assertThat(start(List.of(), "--privacy.demo.enabled=false").getProperty("privacy.connectors.config"))
                .isEqualTo("file:" + FOLDER.resolve("connectors.yml"));
        assertThat(start(List.of(), "--privacy.connectors.config=classpath:connectors/none.yml").getProperty("privacy.connectors.config"))
                .isEqualTo("classpath:connectors/none.yml");
    }

    @Test
    void without_a_company_folder_and_with_the_demo_off_no_systems_are_searched() {
        var env = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--privacy.demo.enabled=false").getEnvironment();
        assertThat(env.getProperty("privacy.connectors.config")).isEqualTo("classpath:connectors/none.yml");
    }

    @Test
    void a_company_folder_that_does_not_exist_stops_start_up_naming_it() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run("--privacy.company-dir=" + FOLDER.resolve("no-such-company")))
                .hasMessageContaining("privacy.company-dir (PRIVACY_COMPANY_DIR)")
                .hasMessageContaining(FOLDER.resolve("no-such-company").toString());
    }

    private static ConfigurableEnvironment start(String... profiles) {
        return start(List.of(profiles));
    }

    private static ConfigurableEnvironment start(List<String> profiles, String... args) {
        List<String> all = new ArrayList<>(List.of("--privacy.company-dir=" + FOLDER));
        all.addAll(List.of(args));
        try (var context = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).profiles(profiles.toArray(String[]::new)).run(all.toArray(String[]::new))) {
            return context.getEnvironment();
        }
    }

    private static void write(String relative, String text) throws IOException {
        Files.writeString(FOLDER.resolve(relative), text);
    }

    /** No beans: only the environment is of interest. */
    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
