package com.taxcollab.cases.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentWordingTest {

    @Test
    void theDateOfIssueIsWrittenInChineseNumerals() {
        assertThat(ChineseDates.of(LocalDate.of(2026, 12, 3))).isEqualTo("二〇二六年十二月三日");
        assertThat(ChineseDates.of(LocalDate.of(2027, 1, 10))).isEqualTo("二〇二七年一月十日");
        assertThat(ChineseDates.of(LocalDate.of(2030, 10, 20))).isEqualTo("二〇三〇年十月二十日");
        assertThat(ChineseDates.of(LocalDate.of(2029, 11, 30))).isEqualTo("二〇二九年十一月三十日");
        assertThat(ChineseDates.of(LocalDate.of(2028, 5, 31))).isEqualTo("二〇二八年五月三十一日");
        assertThat(ChineseDates.of(LocalDate.of(2026, 2, 19))).isEqualTo("二〇二六年二月十九日");
    }

    @Test
    void aTemplateGivesTitleAddresseeAttachmentsAndParagraphs() {
        DocumentText text = DocumentTemplates.parse("t", """
                标题：关于某事的函
                主送：连云港市中级人民法院
                附件：清单一
                附件：清单二
                ---
                第一段。

                第二段。
                === 附件：测算明细
                1．增值税。
                """);
        assertThat(text.title()).isEqualTo("关于某事的函");
        assertThat(text.addressee()).isEqualTo("连云港市中级人民法院");
        assertThat(text.attachments()).containsExactly("清单一", "清单二");
        assertThat(text.paragraphs()).containsExactly("第一段。", "第二段。");
        assertThat(text.appendices()).containsExactly(new DocumentText.Appendix("测算明细", java.util.List.of(
                "1．增值税。")));
        assertThat(text.attachmentTitles()).containsExactly("清单一", "清单二", "测算明细");
        assertThat(DocumentTemplates.sentence(" 请列明欠税 ")).isEqualTo("请列明欠税。");
        assertThat(DocumentTemplates.sentence("请列明欠税。")).isEqualTo("请列明欠税。");
        assertThat(DocumentTemplates.sentence(" ")).isNull();
    }
}
