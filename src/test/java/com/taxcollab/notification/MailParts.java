package com.taxcollab.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.LinkedHashMap;
import java.util.Map;

/** The text parts of a received mail by content type ("text/plain", "text/html"). */
final class MailParts {

    private MailParts() {
    }

    static Map<String, String> of(Part part) {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(part, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> into) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, into);
                }
            } else if (part.isMimeType("text/plain")) {
                into.put("text/plain", (String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                into.put("text/html", (String) part.getContent());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
