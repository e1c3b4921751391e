package com.taxcollab.dispute;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code ${disputeTaskCompletedListener}} on completion of negotiation, confirmation and the
 * government's decision: records who answered what, and refuses a completion that lacks what the
 * next step needs (the engine rolls the completion back and Tasklist shows the message).
 */
@Component("disputeTaskCompletedListener")
class DisputeTaskCompletedListener implements TaskListener {

    static final String NEGOTIATE = "Task_Negotiate";
    static final String CONFIRM = "Task_ConfirmAgreement";
    static final String DECIDE = "Task_GovernmentDecision";

    private final DisputeService service;
    private final Clock clock;

    DisputeTaskCompletedListener(DisputeService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String user = EngineUser.id(task.getProcessEngineServices(), task.getAssignee());
        switch (task.getTaskDefinitionKey()) {
            case NEGOTIATE -> service.recordNegotiation(caseNumber,
                    string(task, DisputeVariables.NEGOTIATION_OUTCOME),
                    string(task, DisputeVariables.AGREEMENT_TEXT), user);
            case CONFIRM -> service.recordConfirmation(caseNumber, string(task, DisputeVariables.DEPARTMENT),
                    string(task, DisputeVariables.CONFIRMATION), string(task, DisputeVariables.REFUSAL_REASON), user);
            case DECIDE -> decided(task, user);
            default -> throw new ProcessEngineException("disputeTaskCompletedListener does not know task "
                    + task.getTaskDefinitionKey());
        }
    }

    private void decided(DelegateTask task, String user) {
        boolean refer = Boolean.TRUE.equals(task.getVariable(DisputeVariables.REFER_TO_CITY))
                && !DisputeVariables.CITY.equals(task.getTenantId());
        if (refer) {
            service.checkReferral(task.getVariable(DisputeVariables.CITY_DEPARTMENTS));
            task.getExecution().setVariable(DisputeVariables.REFERRED_BY, user);
            return;
        }
        String text = string(task, DisputeVariables.DECISION_TEXT);
        if (text == null || text.isBlank()) {
            throw new ProcessEngineException("必须填写裁决意见（decisionText）");
        }
        task.getExecution().setVariable(DisputeVariables.DECIDED_BY, user);
        task.getExecution().setVariable(DisputeVariables.DECIDED_AT, Date.from(clock.instant()));
        task.getExecution().setVariable(DisputeVariables.DECISION_LEVEL, task.getTenantId());
    }

    private static String string(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
