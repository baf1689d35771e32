package org.privacyrequests.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyrequests.company.CompanyFolder;
import org.springframework.util.FileSystemUtils;

/**
 * A company's own mail templates, without the engine: its file replaces the product's of that name, and a template with a mistake stops start-up naming the file and line instead of failing a mail later.
 */
class CompanyMailTemplatesTest {

    static final Path FOLDER = Path.of("target/company-mail-templates-test").toAbsolutePath();

    @BeforeEach
    void aFreshFolder() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER.resolve("mail/en"));
    }

    @Test
    void the_companys_template_replaces_the_products_and_finds_the_products_common_parts() throws IOException {
        Files.writeString(FOLDER.resolve("mail/en/support-reminder.ftl"), """
                Subject: Bakery reminder ${reference}

                <#import "common.ftl" as c>
                A request is waiting.
                """);
        MailTemplates templates = new MailTemplates(org.privacyrequests.company.DataCategories.NONE, new CompanyFolder(FOLDER.toString()));

        assertThat(templates.render("support-reminder", "en", Map.of("reference", "DSR-1")).subject()).isEqualTo("Bakery reminder DSR-1");
    }

    @Test
    void a_mistake_in_a_companys_template_stops_start_up_naming_the_file() throws IOException {
        Files.writeString(FOLDER.resolve("mail/en/request-received.ftl"), "Subject: <#if>\n");

        assertThatThrownBy(() -> new MailTemplates(org.privacyrequests.company.DataCategories.NONE, new CompanyFolder(FOLDER.toString())))
                .hasMessageContaining(FOLDER.resolve("mail/en/request-received.ftl").toString())
                .hasMessageContaining("line 1");
    }
}
