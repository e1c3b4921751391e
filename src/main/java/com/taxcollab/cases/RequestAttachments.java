package com.taxcollab.cases;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The documents a request carries into the case it opens: decoded and checked with the rest of the
 * request (problems named {@code attachments[i].…}), stored once the case is open, in the same
 * transaction, so a bad document leaves no case behind.
 */
@Component
public class RequestAttachments {

    private final CaseDocuments documents;

    RequestAttachments(CaseDocuments documents) {
        this.documents = documents;
    }

    /** The decoded contents, one per attachment; a problem for each one that is missing, empty or not Base64. */
    public List<byte[]> decode(List<RequestAttachment> attachments, List<FieldProblem> problems) {
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            RequestAttachment attachment = attachments.get(i);
            if (attachment == null) {
                problems.add(new FieldProblem("attachments[" + i + "]", "附件不能为空"));
                contents.add(new byte[0]);
                continue;
            }
            if (attachment.content() == null || attachment.content().isBlank()) {
                problems.add(new FieldProblem("attachments[" + i + "].content", "附件内容不能为空"));
                contents.add(new byte[0]);
                continue;
            }
            try {
                contents.add(Base64.getDecoder().decode(attachment.content().replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("attachments[" + i + "].content", "附件内容须为 Base64 编码"));
                contents.add(new byte[0]);
            }
        }
        return contents;
    }

    /** One problem on {@code attachments} naming each kind the request must carry and does not, after {@code lead}. */
    public static void requireKinds(List<RequestAttachment> attachments, List<String> kinds, String lead,
            List<FieldProblem> problems) {
        List<String> carried = attachments.stream().filter(Objects::nonNull).map(RequestAttachment::kind)
                .filter(Objects::nonNull).map(String::strip).toList();
        List<String> missing = kinds.stream().filter(kind -> !carried.contains(kind)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("attachments", lead + String.join("、", missing)));
        }
    }

    /** Stores each document in the case file; a kind left empty is {@code defaultKind}. */
    public void store(String caseNumber, List<RequestAttachment> attachments, List<byte[]> contents,
            String defaultKind, String uploader) {
        for (int i = 0; i < attachments.size(); i++) {
            RequestAttachment attachment = attachments.get(i);
            String kind = attachment.kind() == null || attachment.kind().isBlank() ? defaultKind : attachment.kind();
            try {
                documents.store(caseNumber, kind, attachment.fileName(), contents.get(i), uploader);
            } catch (InvalidInputException e) {
                String prefix = "attachments[" + i + "].";
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem(prefix + p.field(), p.message())).toList());
            }
        }
    }
}
