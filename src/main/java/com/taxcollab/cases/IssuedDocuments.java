package com.taxcollab.cases;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one way the product issues an official document: a plain A4 PDF with its title, filed in the
 * case under its kind as {@code <kind>-<case number>.pdf}, so every department of the case reads it
 * on the case page.
 */
@Component
public class IssuedDocuments {

    private final CaseDocuments documents;

    IssuedDocuments(CaseDocuments documents) {
        this.documents = documents;
    }

    /** A document as the product renders it, for a caller that sends it on rather than filing it. */
    public static byte[] pdf(String title, List<String> lines) {
        return SimplePdf.render(title, lines);
    }

    /** The stored document's id. */
    public long issue(String caseNumber, String kind, String title, List<String> lines, String officer) {
        return documents.store(caseNumber, kind, kind + "-" + caseNumber + ".pdf", SimplePdf.render(title, lines),
                officer);
    }
}
