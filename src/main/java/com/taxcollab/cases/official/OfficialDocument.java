package com.taxcollab.cases.official;

import java.time.LocalDate;

/** An official document as it is issued: who issues it under which 文号, its wording, when and by whom. */
public record OfficialDocument(String caseNumber, Authority authority, String documentNumber,
        DocumentText text, LocalDate issuedOn, String officer) {

    /** The text printed on the document, in reading order: what its text digest is taken over. */
    String printedText() {
        StringBuilder all = new StringBuilder();
        all.append(authority.name()).append('\n').append(documentNumber).append('\n').append(text.title()).append('\n');
        if (text.addressee() != null) {
            all.append(text.addressee()).append('\n');
        }
        text.paragraphs().forEach(paragraph -> all.append(paragraph).append('\n'));
        text.attachmentTitles().forEach(attachment -> all.append(attachment).append('\n'));
        all.append(authority.name()).append('\n').append(ChineseDates.of(issuedOn)).append('\n').append(officer)
                .append('\n');
        for (DocumentText.Appendix appendix : text.appendices()) {
            all.append(appendix.title()).append('\n');
            appendix.paragraphs().forEach(paragraph -> all.append(paragraph).append('\n'));
        }
        return all.append(caseNumber).toString();
    }
}
