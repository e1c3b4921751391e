package com.taxcollab.cases.official;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The fonts official documents embed, as subsets: AR PL UMing CN for the text (the mainland's standard
 * character forms) and HanaMin B for what it lacks (CJK Extension B and later, as in rare names). Both
 * come from Debian's packages at build time (see {@code src/main/fonts}); the font files are read from
 * a copy on disk because a font inside the jar cannot be read at random.
 */
@Component
public class DocumentFonts {

    private static final String TEXT_FONT = "fonts/uming.ttc";
    private static final String TEXT_FONT_NAME = "UMingCN";
    private static final String RARE_FONT = "fonts/HanaMinB.ttf";

    private Path textFile;
    private Path rareFile;

    /** The fonts of one document, embedded in it; close them after the document is saved. */
    Fonts open(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file(TEXT_FONT).toFile());
        TrueTypeFont text = collection.getFontByName(TEXT_FONT_NAME);
        if (text == null) {
            collection.close();
            throw new IllegalStateException(TEXT_FONT + " holds no font " + TEXT_FONT_NAME);
        }
        TrueTypeFont rare = new TTFParser().parse(new RandomAccessReadBufferedFile(file(RARE_FONT).toFile()));
        return new Fonts(collection, rare, text.getUnicodeCmapLookup(), PDType0Font.load(document, text, true),
                PDType0Font.load(document, rare, true));
    }

    private synchronized Path file(String resource) {
        Path known = TEXT_FONT.equals(resource) ? textFile : rareFile;
        if (known != null) {
            return known;
        }
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build fetches it (src/main/fonts)");
            }
            Path copy = Files.createTempFile("taxcollab-font-", resource.substring(resource.lastIndexOf('.')));
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            if (TEXT_FONT.equals(resource)) {
                textFile = copy;
            } else {
                rareFile = copy;
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's two fonts: each character in the text font where it has it, else in the rare one. */
    static final class Fonts implements Closeable {

        private final TrueTypeCollection collection;
        private final TrueTypeFont rareFont;
        private final CmapLookup textGlyphs;
        final PDType0Font text;
        final PDType0Font rare;

        private Fonts(TrueTypeCollection collection, TrueTypeFont rareFont, CmapLookup textGlyphs, PDType0Font text,
                PDType0Font rare) {
            this.collection = collection;
            this.rareFont = rareFont;
            this.textGlyphs = textGlyphs;
            this.text = text;
            this.rare = rare;
        }

        PDType0Font forCodePoint(int codePoint) {
            return textGlyphs.getGlyphId(codePoint) > 0 ? text : rare;
        }

        @Override
        public void close() throws IOException {
            collection.close();
            rareFont.close();
        }
    }
}
