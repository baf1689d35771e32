package org.privacyrequests.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An access answer built and not yet kept: the readable overview, and the zip with the copies in a working file
 * that goes when the answer is closed (kept with {@link AccessAnswers#save}, streamed into the database).
 *
 * @param records the records the answer covers, the company's own
 */
record PreparedAnswer(String html, Path zip, long records, AccessExport export) implements AutoCloseable {

    long zipSize() {
        try {
            return Files.size(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        export.close();
    }
}
