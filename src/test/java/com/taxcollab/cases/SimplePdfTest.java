package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issued documents are well-formed PDFs: the cross-reference table points at every object, long text gets pages. */
class SimplePdfTest {

    @Test
    void aLongDocumentIsAWellFormedPdfOfSeveralPages() {
        byte[] pdf = SimplePdf.render("司法拍卖税费指引", Collections.nCopies(100, "增值税（出卖人）估算：25200.00 元"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("/Count 3");
        Matcher start = Pattern.compile("startxref\n(\\d+)").matcher(text);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(text.substring(xref)).startsWith("xref");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
        int object = 1;
        while (entries.find()) {
            assertThat(text.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object - 1).isEqualTo(5 + 2 * 3);
    }

    @Test
    void chineseTextIsEncodedForTheBuiltInChineseFont() {
        String text = new String(SimplePdf.render("指引", List.of("税")), StandardCharsets.ISO_8859_1);

        // 税 is U+7A0E, 指 U+6307, 引 U+5F15
        assertThat(text).contains("/STSong-Light", "/UniGB-UCS2-H", "<7A0E>", "<63075F15>");
    }
}
