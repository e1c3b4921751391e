package com.taxcollab.dispute;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Departments;
import com.taxcollab.organisation.Organisation;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Service;

/** What the dispute process records as it goes; its delegates and listeners call this. */
@Service
class DisputeService {

    private final DisputeRepository disputes;
    private final CaseParticipants participants;
    private final CaseRegistry registry;
    private final CaseOpener caseOpener;
    private final Organisation organisation;
    private final Clock clock;

    DisputeService(DisputeRepository disputes, CaseParticipants participants, CaseRegistry registry,
            CaseOpener caseOpener, Organisation organisation, Clock clock) {
        this.disputes = disputes;
        this.participants = participants;
        this.registry = registry;
        this.caseOpener = caseOpener;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Records a new dispute, however it was started; a city case deciding a district's may name one department. */
    void record(String caseNumber, String jurisdiction, String filedBy, String matter, String description,
            Object departmentsValue, String referredFrom) {
        if (disputes.exists(caseNumber)) {
            return;
        }
        List<String> departments = departments(departmentsValue, referredFrom == null ? 2 : 1, "departments");
        if (matter == null || matter.isBlank()) {
            throw new ProcessEngineException("争议事项（matter）必须填写");
        }
        disputes.insert(caseNumber, jurisdiction, matter.strip(), description == null ? "" : description.strip(),
                filedBy, OffsetDateTime.now(clock), departments, referredFrom);
        departments.forEach(department -> participants.addDepartment(caseNumber, department));
    }

    List<String> departments(String caseNumber) {
        return disputes.departments(caseNumber);
    }

    /** The tax bureau's result; an agreement needs its text. */
    void recordNegotiation(String caseNumber, String outcome, String agreementText, String by) {
        if (!"AGREED".equals(outcome) && !"NOT_AGREED".equals(outcome)) {
            throw new ProcessEngineException("请选择协商结果（negotiationOutcome）：AGREED 或 NOT_AGREED");
        }
        if ("AGREED".equals(outcome) && (agreementText == null || agreementText.isBlank())) {
            throw new ProcessEngineException("达成一致时必须填写协商意见（agreementText）");
        }
        disputes.recordNegotiation(caseNumber, outcome, agreementText, by, OffsetDateTime.now(clock));
    }

    void recordConfirmation(String caseNumber, String department, String answer, String reason, String by) {
        if (!"CONFIRM".equals(answer) && !"REFUSE".equals(answer)) {
            throw new ProcessEngineException("请选择是否确认协商意见（confirmation）：CONFIRM 或 REFUSE");
        }
        if ("REFUSE".equals(answer) && (reason == null || reason.isBlank())) {
            throw new ProcessEngineException("不认可时必须说明理由（refusalReason）");
        }
        disputes.recordConfirmation(caseNumber, department, answer, reason, by, OffsetDateTime.now(clock));
    }

    /** The government office of the case's jurisdiction joins the case and decides. */
    void escalate(String caseNumber, String reason) {
        disputes.recordEscalation(caseNumber, reason, OffsetDateTime.now(clock));
        participants.addDepartment(caseNumber, Departments.GOVOFFICE);
    }

    /** The district's choice to refer: the city departments involved must be named. */
    List<String> checkReferral(Object cityDepartments) {
        return departments(cityDepartments, 1, "cityDepartments");
    }

    /**
     * Opens the city-level case that decides a district's dispute: a case of its own in {@code lyg},
     * linked both ways, so that the city's officers work it under their own tenant.
     */
    String referToCity(String districtCase, Object cityDepartments, String reason, String referredBy) {
        Dispute dispute = disputes.find(districtCase).orElseThrow();
        CaseRecord district = registry.find(districtCase).orElseThrow();
        List<String> departments = checkReferral(cityDepartments);
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeVariables.MATTER, dispute.matter());
        variables.put(DisputeVariables.DESCRIPTION, dispute.description()
                + (reason == null || reason.isBlank() ? "" : "\n【报请理由】" + reason.strip()));
        variables.put(DisputeVariables.DEPARTMENTS, String.join(",", departments));
        variables.put(DisputeVariables.REFERRED_FROM, districtCase);
        CaseRecord city = caseOpener.open(new NewCase(CaseType.ZY, DisputeVariables.CITY,
                "（区县报请）" + district.title(), referredBy, variables).involving(departments.toArray(String[]::new)));
        disputes.recordReferral(districtCase, city.caseNumber(), referredBy, OffsetDateTime.now(clock));
        return city.caseNumber();
    }

    void recordDecision(String caseNumber, String text, String by, OffsetDateTime at, String level) {
        disputes.recordDecision(caseNumber, text, by, at == null ? OffsetDateTime.now(clock) : at, level);
    }

    void close(String caseNumber, DisputeOutcome outcome) {
        disputes.close(caseNumber, outcome, OffsetDateTime.now(clock));
    }

    private List<String> departments(Object value, int atLeast, String field) {
        List<String> departments = DepartmentList.of(value);
        for (String department : departments) {
            if (!organisation.isDepartment(department)) {
                throw new ProcessEngineException("未知部门（" + field + "）：" + department);
            }
        }
        if (departments.size() < atLeast) {
            throw new ProcessEngineException(atLeast == 1 ? "请至少选择一个部门（" + field + "）"
                    : "争议须涉及两个或以上不同部门（" + field + "）");
        }
        return departments;
    }
}
