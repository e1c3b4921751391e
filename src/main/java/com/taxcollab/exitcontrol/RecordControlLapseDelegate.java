package com.taxcollab.exitcontrol;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordLapse}: the term ended and nobody lifted the control; it no longer stops the person. */
@Component("recordControlLapseDelegate")
class RecordControlLapseDelegate implements JavaDelegate {

    private final ExitControlRepository controls;
    private final Clock clock;

    RecordControlLapseDelegate(ExitControlRepository controls, Clock clock) {
        this.controls = controls;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        controls.ended(execution.getProcessBusinessKey(), ExitControl.LAPSED, null, OffsetDateTime.now(clock));
    }
}
