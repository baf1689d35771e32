package org.privacyrequests.company;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one folder that holds everything a company changes ({@code privacy.company-dir}, {@code PRIVACY_COMPANY_DIR}):
 * its settings ({@code application.yml}), its systems ({@code connectors.yml}), mail templates ({@code mail/}), page texts
 * ({@code web/}) and process models ({@code processes/}). Each file is optional; what is not there stays the product's own.
 * Without the setting there is no folder and the product is the built-in demo company. Read at start-up, so a changed file
 * takes effect at the next start, without a rebuild.
 */
@Component
public class CompanyFolder {

    /** The setting that names the folder; the environment variable {@code PRIVACY_COMPANY_DIR} sets it too. */
    public static final String SETTING = "privacy.company-dir";

    private final Path path;

    @Autowired
    public CompanyFolder(@Value("${" + SETTING + ":}") String setting) {
        this.path = of(setting).orElse(null);
    }

    /** No company folder: the built-in company. */
    public static CompanyFolder none() {
        return new CompanyFolder("");
    }

    /**
     * The folder a setting names, made absolute (a relative name counts from the working directory); empty when the
     * setting is blank. A name that is not a folder stops start-up: a company that named one must not silently get the demo.
     */
    public static Optional<Path> of(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        Path folder = Path.of(setting.trim()).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(SETTING + " (PRIVACY_COMPANY_DIR) names the company folder " + folder
                    + ", but there is no folder there. Create it (every file in it is optional), or leave the setting out "
                    + "to run the built-in demo company.");
        }
        return Optional.of(folder);
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** A file or folder inside the company folder, when there is one and it exists. */
    public Optional<Path> find(String relative) {
        return path().map(p -> p.resolve(relative)).filter(Files::exists);
    }

    /** The files directly in a subfolder whose names end in {@code extension}, by name; none without the subfolder. */
    public List<Path> files(String subfolder, String extension) {
        Optional<Path> folder = find(subfolder).filter(Files::isDirectory);
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("The company folder's " + folder.get() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
