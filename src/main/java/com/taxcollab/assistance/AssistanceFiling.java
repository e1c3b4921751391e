package com.taxcollab.assistance;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A tax officer files an assistance request: the duty from the catalog, checked with everything
 * else first; then the case opens, its documents are stored and the duty's terms are kept with it,
 * in one transaction.
 */
@Service
class AssistanceFiling {

    static final int MAX_REQUEST = 2000;

    private final AssistanceCatalog catalog;
    private final Organisation organisation;
    private final CaseOpener caseOpener;
    private final RequestAttachments attachments;
    private final AssistanceRepository requests;
    private final Clock clock;

    AssistanceFiling(AssistanceCatalog catalog, Organisation organisation, CaseOpener caseOpener,
            RequestAttachments attachments, AssistanceRepository requests, Clock clock) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.caseOpener = caseOpener;
        this.attachments = attachments;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    CaseRecord file(CurrentUser user, AssistanceRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        AssistanceDuty duty = duty(request.duty(), problems);
        if (Texts.blank(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        } else if (!organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "未知辖区：" + request.jurisdiction()));
        }
        String department = department(duty, request.department(), problems);
        TaxpayerIdentity taxpayer = request.taxpayer();
        String taxpayerId = TaxpayerIdentity.checkedId(taxpayer, problems);
        Texts.required(problems, "request", request.request(), "协助事项", MAX_REQUEST);
        List<RequestAttachment> documents = request.attachments() == null ? List.of() : request.attachments();
        List<byte[]> contents = attachments.decode(documents, problems);
        if (duty != null) {
            RequestAttachments.requireKinds(documents, duty.documents(), "缺少必备文书：", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(Departments.TAX) || !user.inJurisdiction(request.jurisdiction())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "只有本辖区税务机关可以提请协助：" + request.jurisdiction());
        }
        String name = taxpayer.name().strip();
        CaseRecord opened = caseOpener.open(new NewCase(CaseType.XZ, request.jurisdiction(),
                duty.name() + "：" + name, user.id(), variables(duty, department, name, request.request().strip()))
                .involving(Departments.TAX, department)
                .withParties(new CaseParty(CaseParty.Kind.TAXPAYER, name, taxpayerId, "纳税人")));
        attachments.store(opened.caseNumber(), documents, contents, "协助函", user.id());
        requests.insert(opened.caseNumber(), duty, request.jurisdiction(), department, name, taxpayerId,
                request.request().strip(), user.id(), OffsetDateTime.now(clock));
        return opened;
    }

    private AssistanceDuty duty(String code, List<FieldProblem> problems) {
        if (Texts.blank(code)) {
            problems.add(new FieldProblem("duty", "必须选择协助事项类别"));
            return null;
        }
        AssistanceDuty duty = catalog.duty(code.strip()).orElse(null);
        if (duty == null) {
            problems.add(new FieldProblem("duty", "协助职责目录中没有此项：" + code));
        }
        return duty;
    }

    /** The catalog's department, or for a duty of any department the one the request names. */
    private String department(AssistanceDuty duty, String named, List<FieldProblem> problems) {
        if (duty == null) {
            return null;
        }
        if (!duty.anyDepartment()) {
            if (!Texts.blank(named) && !named.strip().equals(duty.assisting())) {
                problems.add(new FieldProblem("department", "此项协助由"
                        + organisation.departmentName(duty.assisting()).orElse(duty.assisting()) + "办理，不能另选部门"));
            }
            return duty.assisting();
        }
        if (Texts.blank(named)) {
            problems.add(new FieldProblem("department", "必须选择协助部门"));
            return null;
        }
        if (!organisation.isDepartment(named.strip()) || Departments.TAX.equals(named.strip())) {
            problems.add(new FieldProblem("department", "不能请此部门协助：" + named));
            return null;
        }
        return named.strip();
    }

    private Map<String, Object> variables(AssistanceDuty duty, String department, String taxpayer, String text) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AssistanceVariables.DUTY_NAME, duty.name());
        variables.put(AssistanceVariables.ASSISTING_DEPARTMENT, department);
        variables.put(AssistanceVariables.ASSISTING_DEPARTMENT_NAME,
                organisation.departmentName(department).orElse(department));
        variables.put(AssistanceVariables.TAXPAYER_NAME, taxpayer);
        variables.put(AssistanceVariables.REQUEST_TEXT, text);
        variables.put(AssistanceVariables.ANSWER_KIND, duty.answer().name());
        variables.put(AssistanceVariables.MAY_REFUSE, duty.mayRefuse());
        variables.put(AssistanceVariables.NEEDS_CONFIRMATION, duty.confirm());
        variables.put(AssistanceVariables.TERM_AMOUNT, duty.term().amount());
        variables.put(AssistanceVariables.TERM_UNIT, duty.term().unit().name());
        variables.put(AssistanceVariables.REMINDER_BEFORE, duty.reminderBefore());
        variables.put(AssistanceVariables.ESCALATE_AFTER, duty.escalateAfter());
        return variables;
    }
}
