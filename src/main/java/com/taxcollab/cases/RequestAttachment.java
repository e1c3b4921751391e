package com.taxcollab.cases;

/** A document sent with a request that opens a case: its kind in the case file, its name, Base64 content. */
public record RequestAttachment(String kind, String fileName, String content) {
}
