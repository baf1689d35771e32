package org.privacyrequests.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.privacyrequests.lookup.PersonalRecord;

/**
 * The machine-readable copies of a person's data, in one zip. For access (Art. 15(3)): the JSON of all records per
 * system and category, and a CSV file per table that spreadsheet programs open as they are. For portability
 * (Art. 20), in the folder {@code portability/}: the same, of only the data the person provided.
 */
final class AccessExport {

    private AccessExport() {
    }

    /** One copy: its JSON document and the records for its CSV files. */
    record Copy(String json, List<PersonalRecord> records) {
    }

    /** @param access the copy of all data, or null; @param portability the copy of the provided data, or null */
    static byte[] zip(String reference, Copy access, Copy portability) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            if (access != null) {
                write(zip, reference + "/", access);
            }
            if (portability != null) {
                write(zip, reference + "/portability/", portability);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the access export", e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream zip, String folder, Copy copy) throws IOException {
        zip.putNextEntry(new ZipEntry(folder + "personal-data.json"));
        zip.write(copy.json().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        Map<String, List<PersonalRecord>> byTable = new LinkedHashMap<>();
        copy.records().forEach(r -> byTable.computeIfAbsent(fileName(r), k -> new ArrayList<>()).add(r));
        for (var table : byTable.entrySet()) {
            zip.putNextEntry(new ZipEntry(folder + table.getKey()));
            zip.write(csv(table.getValue()));
            zip.closeEntry();
        }
    }

    private static String fileName(PersonalRecord r) {
        return (r.source() + " - " + r.recordType()).replaceAll("[^A-Za-z0-9 ._-]", "").replace(' ', '-').toLowerCase() + ".csv";
    }

    private static byte[] csv(List<PersonalRecord> records) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        records.forEach(r -> columns.addAll(r.fields().keySet()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A byte-order mark, so that spreadsheet programs read the accents right.
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (PersonalRecord r : records) {
                List<Object> row = new ArrayList<>();
                columns.forEach(c -> row.add(r.fields().get(c)));
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }
}
