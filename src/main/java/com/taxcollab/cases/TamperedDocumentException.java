package com.taxcollab.cases;

/** A stored document no longer has the hash it was stored with: it must not be handed out. */
public class TamperedDocumentException extends RuntimeException {

    private final transient CaseDocument document;

    TamperedDocumentException(CaseDocument document) {
        super("Document " + document.id() + " of case " + document.caseNumber() + " fails its SHA-256 check");
        this.document = document;
    }

    public CaseDocument document() {
        return document;
    }
}
