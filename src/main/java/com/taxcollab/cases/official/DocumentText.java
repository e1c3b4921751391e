package com.taxcollab.cases.official;

import java.util.List;

/**
 * The wording of an official document as its template gives it: 标题, 主送 (the addressee), the body's
 * paragraphs, the 附件 sent with it separately ({@code attachments}, only listed) and those it carries
 * after its body ({@code appendices}, listed and printed).
 */
public record DocumentText(String title, String addressee, List<String> paragraphs, List<String> attachments,
        List<Appendix> appendices) {

    public DocumentText {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
        appendices = List.copyOf(appendices);
    }

    /** An attachment printed after the document's body, on pages of its own. */
    public record Appendix(String title, List<String> paragraphs) {

        public Appendix {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Every 附件 in the order the 附件说明 lists them. */
    public List<String> attachmentTitles() {
        List<String> titles = new java.util.ArrayList<>(attachments);
        appendices.forEach(appendix -> titles.add(appendix.title()));
        return titles;
    }
}
