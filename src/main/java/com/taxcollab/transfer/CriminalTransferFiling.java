package com.taxcollab.transfer;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.RequestAttachment;
import com.taxcollab.cases.RequestAttachments;
import com.taxcollab.cases.TaxpayerIdentity;
import com.taxcollab.organisation.Departments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.Texts;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tax bureau transfers a suspected tax crime to the police of its jurisdiction with the file the
 * 规定 (art. 8) requires; everything is checked first, then the case opens with its documents.
 */
@Service
class CriminalTransferFiling {

    /** 规定 art. 8: the transfer letter and the investigation report at least */
    static final List<String> REQUIRED_DOCUMENTS = List.of("涉嫌犯罪案件移送书", "涉嫌犯罪案件情况的调查报告");
    static final String POLICE = "police";
    static final String PROCURATORATE = "procuratorate";
    static final int MAX_OFFENCE = 100;
    static final int MAX_FACTS = 4000;

    private final Organisation organisation;
    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final CriminalTransferRepository transfers;
    private final Clock clock;

    CriminalTransferFiling(Organisation organisation, CaseOpener caseOpener, RequestAttachments attachments,
            CriminalTransferRepository transfers, Clock clock) {
        this.organisation = organisation;
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.transfers = transfers;
        this.clock = clock;
    }

    @Transactional
    CaseRecord transfer(CurrentUser user, CriminalTransferRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.jurisdiction() == null || !organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        }
        String taxpayerId = TaxpayerIdentity.checkedId(request.taxpayer(), problems);
        Texts.required(problems, "suspectedOffence", request.suspectedOffence(), "涉嫌罪名", MAX_OFFENCE);
        Texts.required(problems, "facts", request.facts(), "涉嫌犯罪事实", MAX_FACTS);
        if (request.amount() != null && request.amount().signum() < 0) {
            problems.add(new FieldProblem("amount", "涉案税款不能为负数"));
        }
        List<RequestAttachment> documents = request.attachments() == null ? List.of() : request.attachments();
        List<byte[]> contents = attachments.decode(documents, problems);
        RequestAttachments.requireKinds(documents, REQUIRED_DOCUMENTS, "缺少必备材料：", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区税务机关可以移送：" + request.jurisdiction());
        }
        String name = request.taxpayer().name().strip();
        String offence = request.suspectedOffence().strip();
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.YS, request.jurisdiction(),
                "涉嫌" + offence + "：" + name, user.id(), Map.of(CriminalTransferVariables.TAXPAYER_NAME, name,
                        CriminalTransferVariables.SUSPECTED_OFFENCE, offence, CriminalTransferVariables.FACTS,
                        request.facts().strip()))
                .involving(Departments.TAX, POLICE)
                .withParties(new CaseParty(CaseParty.Kind.TAXPAYER, name, taxpayerId, "涉嫌犯罪的纳税人")));
        attachments.store(opened.caseNumber(), documents, contents, "其他", user.id());
        transfers.insert(opened.caseNumber(), request.jurisdiction(), name, taxpayerId, offence,
                request.facts().strip(), request.amount() == null ? null : request.amount().setScale(2,
                        java.math.RoundingMode.HALF_UP), user.id(), OffsetDateTime.now(clock));
        return opened;
    }
}
