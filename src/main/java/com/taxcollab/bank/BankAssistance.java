package com.taxcollab.bank;

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
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.validation.Texts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 银行协助 for the API (附件3 item 十一): tax sends a bank of its jurisdiction a query, a freeze, a
 * deduction or a social-insurance transfer with the legal documents, and releases a freeze with its
 * 解除冻结存款通知书.
 */
@Service
class BankAssistance {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    static final int MAX_TERM_MONTHS = 12;

    private final Organisation organisation;
    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final BankRequestRepository requests;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final ReleaseNotice releaseNotice;
    private final Clock clock;
    private final int defaultFreezeMonths;

    BankAssistance(Organisation organisation, CaseOpener caseOpener, RequestAttachments attachments,
            BankRequestRepository requests, RuntimeService runtimeService, EngineAsSystem engine,
            ReleaseNotice releaseNotice, Clock clock,
            @Value("${taxcollab.bank.freeze-term-months:6}") int defaultFreezeMonths) {
        this.organisation = organisation;
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.requests = requests;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.releaseNotice = releaseNotice;
        this.clock = clock;
        this.defaultFreezeMonths = defaultFreezeMonths;
    }

    @Transactional
    CaseRecord file(CurrentUser user, BankAssistanceRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.jurisdiction() == null || !organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        }
        BankRequestKind kind = kind(request.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "请选择协助事项：协助查询存款、冻结存款、扣缴税款或划拨社会保险费"));
        }
        String taxpayerId = TaxpayerIdentity.checkedId(request.taxpayer(), problems);
        Texts.required(problems, "bankName", request.bankName(), "开户银行", 200);
        Texts.required(problems, "noticeNo", request.noticeNo(), "通知书文号", 100);
        if (kind != null && kind.concernsAnAmount()) {
            Texts.required(problems, "accountNo", request.accountNo(), "银行账号", 64);
            if (request.amount() == null || request.amount().signum() <= 0
                    || request.amount().compareTo(MAX_AMOUNT) > 0 || request.amount().scale() > 2) {
                problems.add(new FieldProblem("amount", "金额须大于 0、不超过 1 万亿元，最多两位小数"));
            }
        }
        Integer term = kind == BankRequestKind.FREEZE
                ? request.termMonths() == null ? defaultFreezeMonths : request.termMonths() : null;
        if (term != null && (term < 1 || term > MAX_TERM_MONTHS)) {
            problems.add(new FieldProblem("termMonths", "冻结期限须为 1 至 " + MAX_TERM_MONTHS + " 个月"));
        }
        List<RequestAttachment> documents = request.attachments() == null ? List.of() : request.attachments();
        List<byte[]> contents = attachments.decode(documents, problems);
        if (kind != null) {
            RequestAttachments.requireKinds(documents, kind.documents(), "缺少必备文书：", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区税务机关可以提请银行协助");
        }
        String name = request.taxpayer().name().strip();
        Map<String, Object> variables = new HashMap<>();
        variables.put(BankVariables.KIND, kind.name());
        variables.put(BankVariables.KIND_LABEL, kind.label());
        variables.put(BankVariables.TAXPAYER_NAME, name);
        variables.put(BankVariables.BANK_NAME, request.bankName().strip());
        variables.put(BankVariables.NOTICE_NO, request.noticeNo().strip());
        if (kind.concernsAnAmount()) {
            variables.put(BankVariables.ACCOUNT_NO, request.accountNo().strip());
            variables.put(BankVariables.AMOUNT, request.amount().doubleValue());
        }
        if (term != null) {
            variables.put(BankVariables.TERM_MONTHS, term);
        }
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.YH, request.jurisdiction(),
                kind.label() + "：" + name, user.id(), variables).involving(Departments.TAX, Departments.BANK)
                .withParties(new CaseParty(CaseParty.Kind.TAXPAYER, name, taxpayerId, "被协助执行人"),
                        new CaseParty(CaseParty.Kind.OTHER, request.bankName().strip(), null, "协助银行")));
        attachments.store(opened.caseNumber(), documents, contents, "其他", user.id());
        requests.insert(opened.caseNumber(), kind, request, taxpayerId, term, user.id(), OffsetDateTime.now(clock));
        return opened;
    }

    /** Tax lifts a freeze before its term: the bank is asked to release it now. */
    @Transactional
    void release(CurrentUser user, String caseNumber, String releaseNoticeNo) {
        BankRequest request = requests.lock(caseNumber)
                .filter(r -> user.inDepartment(Departments.TAX) && user.inJurisdiction(r.jurisdiction()))
                .orElseThrow(() -> new NotFoundException("银行协助案件不存在"));
        if (Texts.blank(releaseNoticeNo)) {
            throw new InvalidInputException(BankVariables.RELEASE_NOTICE_NO, "必须填写解除冻结存款通知书文号");
        }
        if (!BankRequest.FROZEN.equals(request.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, BankRequest.REQUESTED.equals(request.status())
                    ? "银行尚未冻结，请待冻结回执后再解除" : "此案件没有冻结中的存款");
        }
        long waiting = engine.call(() -> runtimeService.createEventSubscriptionQuery()
                .processInstanceId(processInstance(caseNumber)).eventName(BankVariables.RELEASE_MESSAGE).count());
        if (waiting == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "续冻决定正在办理，请在“决定续冻或解除”任务中选择解除冻结");
        }
        requests.releasing(caseNumber, releaseNoticeNo.strip());
        releaseNotice.issue(caseNumber, releaseNoticeNo.strip(), user.id());
        engine.run(() -> runtimeService.createMessageCorrelation(BankVariables.RELEASE_MESSAGE)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(BankVariables.RELEASE_NOTICE_NO, releaseNoticeNo.strip()).correlate());
    }

    private String processInstance(String caseNumber) {
        return engine.call(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId());
    }

    private static BankRequestKind kind(String value) {
        for (BankRequestKind kind : BankRequestKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
