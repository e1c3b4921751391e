package com.taxcollab.exitcontrol;

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
import com.taxcollab.system.validation.ResidentIdNumber;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 阻止出境 for the API: tax issues a control with its 边控对象通知书, records the settlement (paid, or a
 * guarantee given) with the 解除边控对象通知书 — which sends immigration the lift at once — and
 * immigration asks whether a person is controlled.
 */
@Service
class ExitControls {

    static final Set<String> ROLES = Set.of("TAXPAYER", "LEGAL_REPRESENTATIVE");
    static final Set<String> SETTLEMENTS = Set.of("PAID", "GUARANTEE");
    static final int DEFAULT_TERM_MONTHS = 12;
    static final int MAX_TERM_MONTHS = 36;

    private final Organisation organisation;
    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final ExitControlRepository controls;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final LiftNotice liftNotice;
    private final Clock clock;

    ExitControls(Organisation organisation, CaseOpener caseOpener, RequestAttachments attachments,
            ExitControlRepository controls, RuntimeService runtimeService, EngineAsSystem engine, LiftNotice liftNotice,
            Clock clock) {
        this.organisation = organisation;
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.controls = controls;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.liftNotice = liftNotice;
        this.clock = clock;
    }

    @Transactional
    CaseRecord issue(CurrentUser user, ExitControlRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.jurisdiction() == null || !organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        }
        String idNumber = person(request.person(), problems);
        if (!ROLES.contains(request.role())) {
            problems.add(new FieldProblem("role", "请选择被阻止出境人员的身份：纳税人或法定代表人"));
        }
        // a taxpayer stopped in person has no company, whatever the form sent along
        String companyName = null;
        String companyUscc = null;
        if ("LEGAL_REPRESENTATIVE".equals(request.role())) {
            ExitControlRequest.Company company = request.company();
            companyUscc = new TaxpayerIdentity(company == null ? null : company.name(),
                    company == null ? null : company.uscc(), null).checkedId(problems);
            companyName = company == null || company.name() == null ? null : company.name().strip();
        }
        if (request.unpaidAmount() == null || request.unpaidAmount().signum() <= 0) {
            problems.add(new FieldProblem("unpaidAmount", "必须填写欠缴税款及滞纳金（大于 0）"));
        }
        if (request.noticeNo() == null || request.noticeNo().isBlank()) {
            problems.add(new FieldProblem("noticeNo", "必须填写边控对象通知书文号"));
        }
        int term = request.termMonths() == null ? DEFAULT_TERM_MONTHS : request.termMonths();
        if (term < 1 || term > MAX_TERM_MONTHS) {
            problems.add(new FieldProblem("termMonths", "边控期限须为 1 至 " + MAX_TERM_MONTHS + " 个月"));
        }
        List<RequestAttachment> documents = request.attachments() == null ? List.of() : request.attachments();
        List<byte[]> contents = attachments.decode(documents, problems);
        RequestAttachments.requireKinds(documents, List.of("边控对象通知书"), "缺少必备文书：", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本辖区税务机关可以提请阻止出境");
        }
        String name = request.person().name().strip();
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.BK, request.jurisdiction(), "阻止出境：" + name,
                user.id(), Map.of(ExitControlVariables.PERSON_NAME, name, ExitControlVariables.NOTICE_NO,
                        request.noticeNo().strip(), ExitControlVariables.TERM_MONTHS, term))
                .involving(Departments.TAX, Departments.IMMIGRATION)
                .withParties(new CaseParty(CaseParty.Kind.TAXPAYER, name, idNumber,
                        "LEGAL_REPRESENTATIVE".equals(request.role()) ? "欠税单位的法定代表人" : "欠税纳税人")));
        attachments.store(opened.caseNumber(), documents, contents, "其他", user.id());
        controls.insert(opened.caseNumber(), request, idNumber, companyName, companyUscc, term, user.id(),
                OffsetDateTime.now(clock));
        return opened;
    }

    /** Tax records the settlement and issues the lift notice: immigration is asked to lift the control now. */
    @Transactional
    void settle(CurrentUser user, String caseNumber, String kind, String note, String liftNoticeNo) {
        ExitControl control = controls.lock(caseNumber).orElseThrow(() -> new NotFoundException("边控案件不存在"));
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(control.jurisdiction())) {
            throw new NotFoundException("边控案件不存在");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!SETTLEMENTS.contains(kind)) {
            problems.add(new FieldProblem("kind", "请选择：已缴清税款及滞纳金，或已提供担保"));
        }
        if (liftNoticeNo == null || liftNoticeNo.isBlank()) {
            problems.add(new FieldProblem("liftNoticeNo", "必须填写解除边控对象通知书文号"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!ExitControl.CONTROLLED.equals(control.status())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, ExitControl.REQUESTED.equals(control.status())
                    ? "出入境管理部门尚未登记边控，请待登记后再通知解除" : "此边控已解除或已期满");
        }
        boolean awaited = engine.call(() -> runtimeService.createEventSubscriptionQuery()
                .eventName(ExitControlVariables.SETTLED_MESSAGE).processInstanceId(runtimeService
                        .createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId())
                .count() > 0);
        if (!awaited) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "续控登记正在办理，请待出入境管理部门登记完成后再通知解除");
        }
        controls.settled(caseNumber, kind, note, liftNoticeNo.strip());
        liftNotice.issue(caseNumber, liftNoticeNo.strip(), ExitControlFacts.SETTLEMENTS.get(kind), user.id());
        engine.run(() -> runtimeService.createMessageCorrelation(ExitControlVariables.SETTLED_MESSAGE)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(ExitControlVariables.LIFT_NOTICE_NO, liftNoticeNo.strip()).correlate());
    }

    /** Whether the person is to be stopped; only immigration and tax ask. */
    boolean controlled(CurrentUser user, String idNumber) {
        if (!user.inDepartment(Departments.IMMIGRATION) && !user.inDepartment(Departments.TAX)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "仅出入境管理部门和税务机关可以查询边控");
        }
        return controls.inForce(idNumber.strip().toUpperCase());
    }

    private static String person(ExitControlRequest.Person person, List<FieldProblem> problems) {
        if (person == null || person.name() == null || person.name().isBlank()) {
            problems.add(new FieldProblem("person.name", "必须填写被阻止出境人员姓名"));
        }
        String id = person == null || person.idNumber() == null ? null : person.idNumber().strip().toUpperCase();
        if (id == null || !ResidentIdNumber.isValid(id)) {
            problems.add(new FieldProblem("person.idNumber", "身份证号码不正确"));
        }
        return id;
    }
}
