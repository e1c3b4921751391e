package com.taxcollab.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The document formats a case file accepts, recognised by their content, not by their name. */
enum DocumentType {
    PDF("application/pdf", "PDF 文件", List.of("pdf")),
    OFD("application/ofd", "OFD 版式文件", List.of("ofd")),
    JPEG("image/jpeg", "JPEG 图片", List.of("jpg", "jpeg")),
    PNG("image/png", "PNG 图片", List.of("png"));

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    /** GB/T 33190: an OFD package is a ZIP archive with OFD.xml at its root. */
    private static final String OFD_ENTRY_POINT = "OFD.xml";
    private static final int MAX_ZIP_ENTRIES_INSPECTED = 1000;

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    DocumentType(String mediaType, String label, List<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    String label() {
        return label;
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    static Optional<DocumentType> ofContent(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC) && isOfdPackage(content)) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    /** The type a file name claims by its extension, if it claims one we know. */
    static Optional<DocumentType> ofExtension(String extension) {
        for (DocumentType type : values()) {
            if (type.hasExtension(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOfdPackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES_INSPECTED && (entry = zip.getNextEntry()) != null; i++) {
                if (OFD_ENTRY_POINT.equalsIgnoreCase(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }
}
