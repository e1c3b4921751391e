package com.taxcollab.seizure;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRelease}: the seal is lifted; asynchronous, so it may wake a queued seizure of any jurisdiction. */
@Component("recordSeizureReleaseDelegate")
class RecordSeizureReleaseDelegate implements JavaDelegate {

    private final SeizureService service;
    private final Clock clock;

    RecordSeizureReleaseDelegate(SeizureService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.released(execution.getProcessBusinessKey(),
                FormValues.string(execution.getVariable(SeizureVariables.RELEASE_REGISTRATION_NO)),
                FormValues.dateOrToday(execution.getVariable(SeizureVariables.RELEASE_DATE), clock, "解封日期"),
                (String) execution.getVariable(SeizureVariables.ACTOR),
                execution.getProcessEngineServices().getRuntimeService());
    }
}
