package com.taxcollab.cases;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain A4 text document as PDF, in the Adobe-GB1 CJK font every PDF reader provides
 * (STSong-Light, not embedded), so issued documents need no font files and no PDF library.
 */
final class SimplePdf {

    private static final int LINES_PER_PAGE = 46;
    /** In half-width units: a Chinese character takes two, a Latin one one (11 pt on A4 with margins). */
    private static final int UNITS_PER_LINE = 84;

    private SimplePdf() {
    }

    static byte[] render(String title, List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(wrap(line == null ? "" : line));
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, wrapped.size()); i += LINES_PER_PAGE) {
            pages.add(wrapped.subList(Math.min(i, wrapped.size()), Math.min(i + LINES_PER_PAGE, wrapped.size())));
        }
        List<String> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            kids.append(6 + 2 * p).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids.toString().trim() + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
                + " /DescendantFonts [4 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R"
                // CIDs 1-95 are the half-width Latin glyphs (digits, case numbers): without widths they print full-width
                + " /DW 1000 /W [1 95 500] >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        for (int p = 0; p < pages.size(); p++) {
            String content = content(p == 0 ? title : null, pages.get(p));
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (7 + 2 * p) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return write(objects);
    }

    private static List<String> wrap(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int units = 0;
        for (char c : line.toCharArray()) {
            int width = c < 0x80 ? 1 : 2;
            if (units + width > UNITS_PER_LINE) {
                parts.add(current.toString());
                current.setLength(0);
                units = 0;
            }
            current.append(c);
            units += width;
        }
        parts.add(current.toString());
        return parts;
    }

    private static String content(String title, List<String> lines) {
        StringBuilder s = new StringBuilder("BT\n");
        int y = 790;
        if (title != null) {
            s.append("/F1 16 Tf 1 0 0 1 60 ").append(y).append(" Tm <").append(hex(title)).append("> Tj\n");
            y -= 30;
        }
        s.append("/F1 11 Tf\n");
        for (String line : lines) {
            s.append("1 0 0 1 60 ").append(y).append(" Tm <").append(hex(line)).append("> Tj\n");
            y -= 16;
        }
        return s.append("ET").toString();
    }

    /** UCS-2 big-endian, as the UniGB-UCS2-H encoding expects. */
    private static String hex(String text) {
        StringBuilder s = new StringBuilder();
        text.chars().filter(c -> !Character.isSurrogate((char) c))
                .forEach(c -> s.append(String.format("%04X", c)));
        return s.toString();
    }

    private static byte[] write(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        append(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            append(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        append(out, table.toString());
        return out.toByteArray();
    }

    private static void append(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
