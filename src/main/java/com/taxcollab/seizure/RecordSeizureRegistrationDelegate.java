package com.taxcollab.seizure;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRegistration}: the seal is in the register, with its term and the dates the process waits for. */
@Component("recordSeizureRegistrationDelegate")
class RecordSeizureRegistrationDelegate implements JavaDelegate {

    private final SeizureService service;
    private final Clock clock;

    RecordSeizureRegistrationDelegate(SeizureService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var term = service.registered(execution.getProcessBusinessKey(),
                FormValues.string(execution.getVariable(SeizureVariables.REGISTRATION_NO)),
                FormValues.dateOrToday(execution.getVariable(SeizureVariables.REGISTRATION_DATE), clock, "登记日期"),
                (String) execution.getVariable(SeizureVariables.ACTOR));
        TermVariables.set(execution, term);
    }
}
