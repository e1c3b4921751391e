package com.taxcollab.assistance;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.dispute.Disputes;
import com.taxcollab.organisation.Departments;
import com.taxcollab.system.EngineActor;
import com.taxcollab.system.ProcessValues;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenDispute}: a refusal the tax officer does not accept becomes a dispute for the
 * government of the same level (policy §3): tax and the refusing department as its parties, the
 * taxpayer, the request's documents, and the refusal and the officer's reason as its description.
 * Both cases name each other.
 */
@Component("openLinkedDisputeDelegate")
class OpenLinkedDisputeDelegate implements JavaDelegate {

    static final String LINKED_DISPUTE = "linkedDispute";
    /** what a dispute's description holds */
    static final int MAX_DESCRIPTION = 4000;

    private final AssistanceRepository requests;
    private final Disputes disputes;
    private final CaseParticipants participants;
    private final CaseDocuments documents;
    private final Clock clock;

    OpenLinkedDisputeDelegate(AssistanceRepository requests, Disputes disputes, CaseParticipants participants,
            CaseDocuments documents, Clock clock) {
        this.requests = requests;
        this.disputes = disputes;
        this.participants = participants;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        Assistance request = requests.find(caseNumber).orElseThrow();
        String officer = EngineActor.idOr(execution.getProcessEngineServices(), request.filedBy());
        String description = "源自协助请求 " + caseNumber + "（" + request.dutyName() + "）。\n协助事项："
                + request.requestText() + "\n不予协助的理由：" + request.refusalReason() + "\n税务机关提请协调的理由："
                + ProcessValues.answer(execution, AssistanceVariables.DISPUTE_REASON);
        CaseRecord dispute = disputes.openFrom(request.jurisdiction(), officer, request.dutyName() + "不予协助",
                description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description,
                List.of(Departments.TAX, request.assistingDepartment()), participants.parties(caseNumber));
        documents.copyAll(caseNumber, dispute.caseNumber(), "其他", officer);
        execution.setVariable(LINKED_DISPUTE, dispute.caseNumber());
        requests.closed(caseNumber, AssistanceStatus.DISPUTED, dispute.caseNumber(), OffsetDateTime.now(clock));
    }
}
