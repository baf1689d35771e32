package org.privacyrequests.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.privacyrequests.lookup.DataCategory;
import org.privacyrequests.lookup.PersonalRecord;
import org.privacyrequests.lookup.ProcessingRole;

/** The copies in the zip, written record by record: JSON per system, a CSV per table, the provided data apart. */
class AccessExportTest {

    @Test
    void records_written_one_by_one_come_out_as_one_json_document_and_a_csv_per_table() throws IOException {
        Map<String, String> zip;
        Path folder;
        try (AccessExport export = new AccessExport("DSR-1", new ObjectMapper(), Map.of("reference", "DSR-1"), true, true)) {
            export.add(record("Support e-mails", "support_email", Map.of("subject", "Vraag")));
            export.add(record("Support e-mails", "support_email", Map.of("subject", "Nog een vraag")));
            export.addProvided(record("Support e-mails", "support_email", Map.of("subject", "Vraag")));
            export.add(record("Website visits", "website_visit", Map.of("page", "/prijzen")));
            Path file = export.finish(List.of(Map.of("kind", "request")));
            folder = file.getParent();
            zip = entries(file);
        }

        assertThat(zip.keySet()).containsExactly("DSR-1/personal-data.json", "DSR-1/support-e-mails---support_email.csv",
                "DSR-1/website-visits---website_visit.csv", "DSR-1/portability/personal-data.json",
                "DSR-1/portability/support-e-mails---support_email.csv");
        Map<?, ?> json = new ObjectMapper().readValue(zip.get("DSR-1/personal-data.json"), Map.class);
        assertThat((List<?>) json.get("systems")).hasSize(2);
        assertThat(json.get("heldByThisProduct")).isEqualTo(List.of(Map.of("kind", "request")));
        assertThat(zip.get("DSR-1/portability/personal-data.json")).contains("\"providedBy\"").doesNotContain("/prijzen", "heldByThisProduct");
        assertThat(zip.get("DSR-1/support-e-mails---support_email.csv")).isEqualTo("\uFEFFsubject\r\nVraag\r\nNog een vraag\r\n");
        assertThat(folder).as("the working folder goes with the export").doesNotExist();
    }

    @Test
    void a_row_that_brings_a_column_of_its_own_widens_the_rows_before_it() throws IOException {
        try (AccessExport export = new AccessExport("DSR-2", new ObjectMapper(), Map.of(), true, false)) {
            export.add(record("Shop", "customer", Map.of("name", "Jan")));
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("name", "Piet");
            more.put("phone", "+31 6 1");
            export.add(record("Shop", "customer", more));

            assertThat(entries(export.finish(List.of())).get("DSR-2/shop---customer.csv"))
                    .isEqualTo("\uFEFFname,phone\r\nJan,\r\nPiet,+31 6 1\r\n");
        }
    }

    @Test
    void a_row_with_nothing_in_it_keeps_its_line_when_a_later_row_widens_the_table() throws IOException {
        try (AccessExport export = new AccessExport("DSR-3", new ObjectMapper(), Map.of(), true, false)) {
            Map<String, Object> empty = new LinkedHashMap<>();
            empty.put("name", null);
            export.add(record("Shop", "customer", empty));
            export.add(record("Shop", "customer", Map.of("name", "Piet", "phone", "+31 6 1")));

            assertThat(entries(export.finish(List.of())).get("DSR-3/shop---customer.csv").lines())
                    .as("two records, two lines under the header").hasSize(3);
        }
    }

    @Test
    void working_folders_of_exports_stopped_half_way_go_once_they_are_an_hour_old() throws IOException {
        Path old = Files.createTempDirectory(AccessExport.FOLDER_PREFIX);
        Files.writeString(old.resolve("access.json"), "{\"name\": \"Jan\"}");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path running = Files.createTempDirectory(AccessExport.FOLDER_PREFIX);
        try {
            assertThat(AccessExport.removeLeftovers(LeftoverExportFolders.AGE)).isGreaterThanOrEqualTo(1);

            assertThat(old).doesNotExist();
            assertThat(running).as("an export of another node may be writing it now").exists();
        } finally {
            Files.deleteIfExists(running);
        }
    }

    private static PersonalRecord record(String source, String type, Map<String, Object> fields) {
        return new PersonalRecord(source, type, "1", new DataCategory("contact"), ProcessingRole.CONTROLLER, null, fields, true, null, null);
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
