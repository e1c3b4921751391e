package com.taxcollab.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The catalog of assistance duties the test application reads: a copy of the bundled
 * {@code assistance-duties.yaml} in {@code target/}, so that a test can change it as the system
 * administrator would, and put the bundled one back.
 */
public final class TestCatalog {

    private static final Path FILE = Path.of("target", "test-catalog", "assistance-duties.yaml");
    private static TestCatalog instance;

    private TestCatalog() {
        restore();
    }

    public static synchronized TestCatalog get() {
        if (instance == null) {
            instance = new TestCatalog();
        }
        return instance;
    }

    public Path path() {
        return FILE;
    }

    public String bundled() {
        try (InputStream in = TestCatalog.class.getResourceAsStream("/assistance-duties.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the catalog as an administrator's edit, with a modification time the application notices. */
    public void write(String yaml) {
        try {
            Files.createDirectories(FILE.getParent());
            Path next = FILE.resolveSibling("assistance-duties.yaml.new");
            Files.writeString(next, yaml);
            Files.move(next, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(FILE, FileTime.from(Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restore() {
        write(bundled());
    }
}
