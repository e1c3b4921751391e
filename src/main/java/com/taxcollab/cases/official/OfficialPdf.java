package com.taxcollab.cases.official;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An official document as PDF, laid out after GB/T 9704-2012 (党政机关公文格式) as far as it applies to a
 * letter between departments: A4 with its 版心 (156 × 225 mm), the issuing authority in red over a red
 * double rule with the 文号 beneath at the right, the title in 二号, 主送, the body in 三号 at 22 lines a page
 * with paragraphs indented two characters, the 附件 list, the authority and the 成文日期 in Chinese numerals
 * with a marked place for the seal, the officer as 附注, the attachments it carries on pages of their own,
 * page numbers "— 1 —", and a verification line.
 */
final class OfficialPdf {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 28 * MM;
    private static final float WIDTH = 156 * MM;
    private static final float TOP = A4.getHeight() - 37 * MM;
    private static final float BOTTOM = 35 * MM;
    private static final float BODY = 16;
    private static final float BODY_LINE = 225 * MM / 22;
    private static final float TITLE = 22;
    private static final float TITLE_LINE = 34;
    private static final float AUTHORITY = 26;
    private static final float SMALL = 10.5f;
    private static final Color RED = new Color(0xD7, 0x1A, 0x1A);
    /** No line begins with these (避头): they stay at the end of the line before. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…";

    private final DocumentFonts.Fonts fonts;
    private final PDDocument pdf;
    private final Map<String, Float> widths = new HashMap<>();
    private PDPageContentStream page;
    private int pages;
    private float y;

    private OfficialPdf(PDDocument pdf, DocumentFonts.Fonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    static byte[] render(OfficialDocument document, String verification, DocumentFonts fontFiles) {
        try (PDDocument pdf = new PDDocument(); DocumentFonts.Fonts fonts = fontFiles.open(pdf)) {
            OfficialPdf writer = new OfficialPdf(pdf, fonts);
            writer.write(document, verification);
            describe(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OfficialDocument document, String verification) throws IOException {
        DocumentText text = document.text();
        newPage();
        centered(document.authority().name(), AUTHORITY, RED);
        y -= 4 * MM;
        rule(RED, 2f, y);
        rule(RED, 0.6f, y - 1.5f * MM);
        y -= 1.5f * MM + BODY_LINE * 0.9f;
        show(LEFT + WIDTH - width(document.documentNumber(), BODY), y, document.documentNumber(), BODY, Color.BLACK);
        y -= BODY_LINE * 1.6f;
        for (String line : wrap(text.title(), TITLE, 0, WIDTH - 2 * TITLE)) {
            centered(line, TITLE, Color.BLACK);
            y -= TITLE_LINE - BODY_LINE;
        }
        y -= BODY_LINE * 0.6f;
        if (text.addressee() != null) {
            paragraph(text.addressee() + "：", 0);
        }
        for (String paragraph : text.paragraphs()) {
            paragraph(paragraph, 2 * BODY);
        }
        attachments(text.attachmentTitles());
        signature(document);
        paragraph("（经办人：" + document.officer() + "）", 2 * BODY);
        List<DocumentText.Appendix> appendices = text.appendices();
        for (int i = 0; i < appendices.size(); i++) {
            appendix(appendices.size() == 1 ? "附件" : "附件" + (i + 1), appendices.get(i));
        }
        verificationLine(verification);
        page.close();
    }

    private void attachments(List<String> attachments) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        advance();
        String label = "附件：";
        float indent = 2 * BODY + width(label, BODY);
        for (int i = 0; i < attachments.size(); i++) {
            String item = (attachments.size() == 1 ? "" : (i + 1) + "．") + attachments.get(i);
            List<String> lines = wrap(item, BODY, 0, WIDTH - indent);
            for (int l = 0; l < lines.size(); l++) {
                advance();
                if (i == 0 && l == 0) {
                    show(LEFT + 2 * BODY, y, label, BODY, Color.BLACK);
                }
                show(LEFT + indent, y, lines.get(l), BODY, Color.BLACK);
            }
        }
    }

    /** An attachment on pages of its own: 附件 at the top left, its title centred, then its paragraphs. */
    private void appendix(String label, DocumentText.Appendix appendix) throws IOException {
        newPage();
        y -= BODY;
        show(LEFT, y, label, BODY, Color.BLACK);
        y -= BODY_LINE * 0.6f;
        for (String line : wrap(appendix.title(), TITLE, 0, WIDTH - 2 * TITLE)) {
            centered(line, TITLE, Color.BLACK);
            y -= TITLE_LINE - BODY_LINE;
        }
        y -= BODY_LINE * 0.4f;
        for (String paragraph : appendix.paragraphs()) {
            paragraph(paragraph, 2 * BODY);
        }
    }

    /** The authority centred over the date, which stands four characters from the right, and the seal's place. */
    private void signature(OfficialDocument document) throws IOException {
        String date = ChineseDates.of(document.issuedOn());
        if (y - 4 * BODY_LINE < BOTTOM) {
            newPage();
        }
        y -= 2 * BODY_LINE;
        float dateX = LEFT + WIDTH - 4 * BODY - width(date, BODY);
        float middle = dateX + width(date, BODY) / 2;
        String authority = document.authority().name();
        float sealY = y - BODY_LINE / 2;
        seal(middle, sealY + BODY / 3);
        show(middle - width(authority, BODY) / 2, y, authority, BODY, Color.BLACK);
        y -= BODY_LINE;
        show(dateX, y, date, BODY, Color.BLACK);
    }

    /** A dashed red circle the size of an official seal (42 mm), marking where it goes. */
    private void seal(float x, float cy) throws IOException {
        float r = 21 * MM;
        float k = 0.5523f * r;
        page.setStrokingColor(RED);
        page.setLineWidth(0.8f);
        page.setLineDashPattern(new float[] {3, 3}, 0);
        page.moveTo(x + r, cy);
        page.curveTo(x + r, cy + k, x + k, cy + r, x, cy + r);
        page.curveTo(x - k, cy + r, x - r, cy + k, x - r, cy);
        page.curveTo(x - r, cy - k, x - k, cy - r, x, cy - r);
        page.curveTo(x + k, cy - r, x + r, cy - k, x + r, cy);
        page.stroke();
        page.setLineDashPattern(new float[] {}, 0);
        String mark = "（盖章处）";
        show(x - width(mark, SMALL) / 2, cy - r + 3 * MM, mark, SMALL, RED);
    }

    /** Case number, 文号 and digest under a thin rule at the foot of the last page (版记). */
    private void verificationLine(String verification) throws IOException {
        List<String> lines = wrap(verification, SMALL, 0, WIDTH);
        float height = lines.size() * SMALL * 1.5f + 3 * MM;
        if (y - BODY_LINE - height < BOTTOM) {
            newPage();
        }
        float at = BOTTOM + height;
        rule(Color.BLACK, 0.5f, at);
        for (String line : lines) {
            at -= SMALL * 1.5f;
            show(LEFT, at, line, SMALL, Color.DARK_GRAY);
        }
    }

    private void paragraph(String text, float firstIndent) throws IOException {
        List<String> lines = wrap(text, BODY, firstIndent, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            advance();
            show(LEFT + (i == 0 ? firstIndent : 0), y, lines.get(i), BODY, Color.BLACK);
        }
    }

    private void advance() throws IOException {
        y -= BODY_LINE;
        if (y < BOTTOM) {
            newPage();
            y -= BODY_LINE;
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        pages++;
        String number = "— " + pages + " —";
        show((A4.getWidth() - width(number, 14)) / 2, BOTTOM - 12 * MM, number, 14, Color.BLACK);
        y = TOP;
    }

    private void centered(String text, float size, Color color) throws IOException {
        y -= size;
        show(LEFT + (WIDTH - width(text, size)) / 2, y, text, size, color);
    }

    private void rule(Color color, float thickness, float at) throws IOException {
        page.setStrokingColor(color);
        page.setLineWidth(thickness);
        page.moveTo(LEFT, at);
        page.lineTo(LEFT + WIDTH, at);
        page.stroke();
    }

    /** The text in runs of one font each: the text font where it has the character, else the rare one. */
    private void show(float x, float at, String text, float size, Color color) throws IOException {
        page.beginText();
        page.setNonStrokingColor(color);
        page.newLineAtOffset(x, at);
        int i = 0;
        while (i < text.length()) {
            PDType0Font font = fonts.forCodePoint(text.codePointAt(i));
            int end = i;
            while (end < text.length() && fonts.forCodePoint(text.codePointAt(end)) == font) {
                end += Character.charCount(text.codePointAt(end));
            }
            page.setFont(font, size);
            page.showText(text.substring(i, end));
            i = end;
        }
        page.endText();
    }

    private List<String> wrap(String text, float size, float firstIndent, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            float w = width(character, size);
            boolean mustStay = NO_LINE_START.indexOf(codePoint) >= 0 && line.length() > 0;
            if (used + w > width && line.length() > 0 && !mustStay) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(character);
            used += w;
            i += Character.charCount(codePoint);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            Float known = widths.get(character);
            if (known == null) {
                known = fonts.forCodePoint(codePoint).getStringWidth(character);
                widths.put(character, known);
            }
            units += known;
            i += Character.charCount(codePoint);
        }
        return units / 1000 * size;
    }

    private static void describe(PDDocument pdf, OfficialDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.text().title());
        info.setAuthor(document.authority().name());
        info.setSubject(document.documentNumber());
        info.setCreator("税费协同共治平台");
        Calendar issued = Calendar.getInstance(TimeZone.getTimeZone("Asia/Shanghai"));
        issued.clear();
        issued.set(document.issuedOn().getYear(), document.issuedOn().getMonthValue() - 1,
                document.issuedOn().getDayOfMonth());
        info.setCreationDate(issued);
    }
}
