package com.taxcollab.cases.official;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.YearCounters;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.Sm3;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the product issues an official document: its wording from a template, a 文号 of the
 * issuing authority (the tax bureau of the case's jurisdiction) numbered per year without gaps, laid out
 * as an official document, filed in the case under its kind, and registered with its SM3 digests so a
 * recipient can check it ({@code GET /api/documents/verify}).
 */
@Component
public class IssuedDocuments {

    private final CaseDocuments documents;
    private final CaseRegistry registry;
    private final DocumentTemplates templates;
    private final DocumentAuthorities authorities;
    private final DocumentFonts fonts;
    private final YearCounters counters;
    private final IssuedDocumentRegister register;
    private final CurrentUserService users;
    private final EngineAsSystem engine;
    private final Clock clock;

    IssuedDocuments(CaseDocuments documents, CaseRegistry registry, DocumentTemplates templates,
            DocumentAuthorities authorities, DocumentFonts fonts, YearCounters counters,
            IssuedDocumentRegister register, CurrentUserService users, EngineAsSystem engine, Clock clock) {
        this.users = users;
        this.engine = engine;
        this.documents = documents;
        this.registry = registry;
        this.templates = templates;
        this.authorities = authorities;
        this.fonts = fonts;
        this.counters = counters;
        this.register = register;
        this.clock = clock;
    }

    /** What was issued: the stored document's id and its 文号. */
    public record Issued(long documentId, String documentNumber) {
    }

    /**
     * Issues the document {@code template} renders from the model, within the caller's transaction (a
     * caller that fails gives its 文号 back).
     */
    @Transactional
    public Issued issue(String caseNumber, String kind, String template, Map<String, ?> model, String officer) {
        return issue(caseNumber, kind, template, model, officer, authorities::of);
    }

    /** As {@link #issue}, signed by the jurisdiction's supervision office (the monthly circular). */
    @Transactional
    public Issued issueAsSupervision(String caseNumber, String kind, String template, Map<String, ?> model,
            String officer) {
        return issue(caseNumber, kind, template, model, officer, authorities::supervisionOf);
    }

    private Issued issue(String caseNumber, String kind, String template, Map<String, ?> model, String officer,
            Function<String, Authority> issuer) {
        CaseRecord record = registry.find(caseNumber).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
        Authority authority = issuer.apply(record.jurisdiction());
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        String number = authority.documentNumber(today.getYear(),
                counters.next("doc:" + authority.code(), today.getYear()));
        OfficialDocument document = new OfficialDocument(caseNumber, authority, number,
                templates.render(template, model), today, nameOf(officer));
        String textSm3 = Sm3.hex(document.printedText());
        byte[] pdf = OfficialPdf.render(document, verification(document, textSm3), fonts);
        long id = documents.store(caseNumber, kind, kind + "-" + caseNumber + ".pdf", pdf, officer);
        register.add(new IssuedDocumentRegister.Entry(id, caseNumber, number, authority.name(),
                document.text().title(), document.text().addressee(), today, officer, Sm3.hex(pdf), textSm3));
        return new Issued(id, number);
    }

    /**
     * A specimen of a document, neither numbered nor filed nor registered (样本), e.g. what a department
     * uploads in the demonstration data.
     */
    public byte[] specimen(String jurisdiction, String template, Map<String, ?> model, String officer) {
        OfficialDocument document = new OfficialDocument("—", authorities.of(jurisdiction), "（样本）",
                templates.render(template, model), LocalDate.now(clock.withZone(ChinaTime.ZONE)), nameOf(officer));
        return OfficialPdf.render(document, "样本：未经编号登记，不作为正式文书。", fonts);
    }

    /** The officer as the document names them; a step the system took alone names the system. */
    private String nameOf(String officer) {
        return officer == null ? "税费协同共治平台" : engine.call(() -> users.load(officer)).name();
    }

    private static String verification(OfficialDocument document, String textSm3) {
        return "核验：案件编号 " + document.caseNumber() + "；文号 " + document.documentNumber() + "；文本 SM3 摘要 "
                + textSm3 + "。收文单位可以此摘要或本文件的 SM3 摘要在税费协同共治平台“文书核验”"
                + "（/api/documents/verify）查验真伪。";
    }
}
