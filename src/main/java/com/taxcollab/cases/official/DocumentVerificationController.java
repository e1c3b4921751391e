package com.taxcollab.cases.official;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 文书核验: a recipient checks an official document by the SM3 digest of the file they received, or by
 * the text digest printed on it. A document changed in any byte has another digest and is not found.
 */
@RestController
@RequestMapping("/api/documents/verify")
class DocumentVerificationController {

    private static final Pattern SM3_HEX = Pattern.compile("[0-9a-f]{64}");

    private final IssuedDocumentRegister register;

    DocumentVerificationController(IssuedDocumentRegister register) {
        this.register = register;
    }

    /** {@code matched}: 文件 (the file's digest) or 文本 (the digest printed on it). */
    record Verified(boolean valid, String matched, String caseNumber, String documentNumber, String authority,
            String title, String addressee, LocalDate issuedOn, String officer) {
    }

    @GetMapping
    Verified verify(@RequestParam(required = false) String digest) {
        String wanted = digest == null ? "" : digest.strip().toLowerCase(Locale.ROOT);
        if (!SM3_HEX.matcher(wanted).matches()) {
            throw new InvalidInputException("digest", "应为 64 位十六进制的 SM3 摘要");
        }
        IssuedDocumentRegister.Entry entry = register.byDigest(wanted).orElseThrow(() -> new NotFoundException(
                "没有与此摘要相符的文书：文书可能已被改动，或并非本平台出具"));
        return new Verified(true, wanted.equals(entry.fileSm3()) ? "文件" : "文本", entry.caseNumber(),
                entry.documentNumber(), entry.authority(), entry.title(), entry.addressee(), entry.issuedOn(),
                entry.officer());
    }
}
