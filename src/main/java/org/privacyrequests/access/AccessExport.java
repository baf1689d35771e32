package org.privacyrequests.access;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.privacyrequests.lookup.PersonalRecord;

/**
 * The machine-readable copies of a person's data, in one zip. For access (Art. 15(3)): the JSON of all records per
 * system and category, and a CSV file per table that spreadsheet programs open as they are. For portability
 * (Art. 20), in the folder {@code portability/}: the same, of only the data the person provided.
 * <p>
 * Written as the records are read, one at a time: each JSON document with Jackson's streaming generator and each
 * table's CSV rows into files of their own in a working folder, put together in the zip file at the end. A customer
 * with a hundred thousand records costs disk, not memory. {@link #close()} removes the working folder, zip included.
 */
final class AccessExport implements AutoCloseable {

    private final Path folder;
    private final String reference;
    private final Copy access;
    private final Copy portability;
    private Path zip;

    /**
     * @param heading the document's first fields (controller, reference, ...), in order
     * @param access whether the copy of all data is asked for; @param portability whether the copy of the provided data is
     */
    AccessExport(String reference, ObjectMapper json, Map<String, Object> heading, boolean access, boolean portability) {
        this.reference = reference;
        try {
            this.folder = Files.createTempDirectory(FOLDER_PREFIX);
            this.access = access ? new Copy(json, folder.resolve("access"), reference + "/", heading, false) : null;
            this.portability = portability ? new Copy(json, folder.resolve("portability"), reference + "/portability/", heading, true) : null;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Cannot start the access export", e);
        }
    }

    /** A record of all data (redacted), in the copy for access. */
    void add(PersonalRecord record) {
        if (access != null) {
            access.add(record);
        }
    }

    /** A record with only the data the person provided, in the copy for portability. */
    void addProvided(PersonalRecord record) {
        if (portability != null) {
            portability.add(record);
        }
    }

    /** Ends the copies (the access copy with what the product itself holds) and writes the zip; @return the zip file */
    Path finish(List<Map<String, Object>> heldByThisProduct) {
        try {
            zip = folder.resolve(reference + "-personal-data.zip");
            try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)), StandardCharsets.UTF_8)) {
                if (access != null) {
                    access.finish(heldByThisProduct);
                    access.writeTo(out);
                }
                if (portability != null) {
                    portability.finish(null);
                    portability.writeTo(out);
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the access export", e);
        }
    }

    @Override
    public void close() {
        for (Copy copy : new Copy[] {access, portability}) {
            if (copy != null) {
                copy.closeQuietly();
            }
        }
        if (folder == null) {
            return;
        }
        remove(folder);
    }

    /** The start of a working folder's name (in the system's temporary folder, readable by the product's user only). */
    static final String FOLDER_PREFIX = "privacy-access-export-";

    /**
     * Removes working folders an export left behind when its node was stopped half-way (a killed process runs no
     * clean-up), once they are older than {@code age}: a running export's folder is minutes old at most.
     *
     * @return how many were removed
     */
    static int removeLeftovers(java.time.Duration age) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        java.time.Instant before = java.time.Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> folders = Files.list(temp)) {
            for (Path f : (Iterable<Path>) folders::iterator) {
                if (f.getFileName().toString().startsWith(FOLDER_PREFIX) && Files.isDirectory(f)
                        && Files.getLastModifiedTime(f).toInstant().isBefore(before) && remove(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot look for access export folders left behind in {}: {}", temp, e.toString());
        }
        return removed;
    }

    private static boolean remove(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            // It holds a person's data: say so, so that it is not forgotten; the next start tries again.
            LOG.warn("Cannot remove the access export folder {}: {}", folder, e.toString());
            return false;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccessExport.class);

    /** The file name of a table's CSV: "website-visits---website_visit.csv". */
    static String fileName(PersonalRecord r) {
        return (r.source() + " - " + r.recordType()).replaceAll("[^A-Za-z0-9 ._-]", "").replace(' ', '-').toLowerCase() + ".csv";
    }

    /** One copy being written: its JSON document, and a CSV file per table. */
    private static final class Copy {

        private final Path dir;
        private final String zipFolder;
        private final Path jsonFile;
        private final JsonGenerator json;
        private final Map<String, TableCsv> tables = new LinkedHashMap<>();
        private final Map<String, Map<String, TableCsv>> byType = new java.util.HashMap<>();
        private String system;

        Copy(ObjectMapper mapper, Path dir, String zipFolder, Map<String, Object> heading, boolean provided) throws IOException {
            this.dir = Files.createDirectories(dir);
            this.zipFolder = zipFolder;
            this.jsonFile = dir.resolve("personal-data.json");
            this.json = mapper.createGenerator(new BufferedOutputStream(Files.newOutputStream(jsonFile)));
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            for (var field : heading.entrySet()) {
                json.writeObjectField(field.getKey(), field.getValue());
            }
            if (provided) {
                json.writeStringField("providedBy", "the data subject (Art. 20 GDPR)");
            }
            json.writeArrayFieldStart("systems");
        }

        void add(PersonalRecord r) {
            try {
                if (!r.source().equals(system)) {
                    endSystem();
                    json.writeStartObject();
                    json.writeStringField("system", r.source());
                    json.writeArrayFieldStart("records");
                    system = r.source();
                }
                json.writeStartObject();
                json.writeStringField("type", r.recordType());
                json.writeStringField("category", r.category().code());
                json.writeObjectField("data", r.fields());
                json.writeEndObject();
                table(r).add(r.fields());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the access export", e);
            }
        }

        /** The table's CSV, found by system and record type (its file name is worked out once, not per record). */
        private TableCsv table(PersonalRecord r) throws IOException {
            Map<String, TableCsv> ofSystem = byType.computeIfAbsent(r.source(), s -> new java.util.HashMap<>());
            TableCsv table = ofSystem.get(r.recordType());
            if (table == null) {
                String file = fileName(r);
                table = tables.get(file);
                if (table == null) {
                    table = new TableCsv(dir.resolve(tables.size() + ".csv"));
                    tables.put(file, table);
                }
                ofSystem.put(r.recordType(), table);
            }
            return table;
        }

        private void endSystem() throws IOException {
            if (system != null) {
                json.writeEndArray();
                json.writeEndObject();
                system = null;
            }
        }

        void finish(List<Map<String, Object>> heldByThisProduct) throws IOException {
            endSystem();
            json.writeEndArray();
            if (heldByThisProduct != null) {
                json.writeObjectField("heldByThisProduct", heldByThisProduct);
            }
            json.writeEndObject();
            json.close();
            for (TableCsv table : tables.values()) {
                table.close();
            }
        }

        void writeTo(ZipOutputStream zip) throws IOException {
            zip.putNextEntry(new ZipEntry(zipFolder + "personal-data.json"));
            Files.copy(jsonFile, zip);
            zip.closeEntry();
            for (var table : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry(zipFolder + table.getKey()));
                table.getValue().writeTo(zip);
                zip.closeEntry();
            }
        }

        void closeQuietly() {
            try {
                json.close();
            } catch (IOException ignored) {
                // closing after a failure
            }
            tables.values().forEach(TableCsv::closeQuietly);
        }
    }

    /**
     * One table's CSV: the rows go to a file as they come, the header (every column any row had) in front of them
     * once all are there. The rows of one table have the same columns; should a later row bring a column of its own,
     * the rows before it are filled out to the full width when the file goes into the zip.
     */
    private static final class TableCsv {

        private final Path body;
        private final CSVPrinter printer;
        private final Set<String> columns = new LinkedHashSet<>();
        private boolean widened;

        TableCsv(Path body) throws IOException {
            this.body = body;
            // Buffered as characters: the printer writes a value at a time.
            this.printer = new CSVPrinter(Files.newBufferedWriter(body, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        }

        void add(Map<String, Object> fields) throws IOException {
            if (!columns.containsAll(fields.keySet())) {
                widened |= !columns.isEmpty();
                columns.addAll(fields.keySet());
            }
            List<Object> row = new ArrayList<>(columns.size());
            columns.forEach(c -> row.add(fields.get(c)));
            printer.printRecord(row);
        }

        void close() throws IOException {
            printer.close();
        }

        void closeQuietly() {
            try {
                printer.close();
            } catch (IOException ignored) {
                // closing after a failure
            }
        }

        void writeTo(OutputStream zip) throws IOException {
            // A byte-order mark, so that spreadsheet programs read the accents right.
            zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT);
            out.printRecord(columns);
            if (!widened) {
                out.flush();
                Files.copy(body, zip);
                return;
            }
            try (Reader in = Files.newBufferedReader(body, StandardCharsets.UTF_8);
                 CSVParser rows = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
                for (CSVRecord row : rows) {
                    List<String> values = new ArrayList<>(row.toList());
                    while (values.size() < columns.size()) {
                        values.add(null);
                    }
                    out.printRecord(values);
                }
            }
            out.flush();
        }
    }
}
