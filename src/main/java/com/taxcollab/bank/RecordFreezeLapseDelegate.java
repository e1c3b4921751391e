package com.taxcollab.bank;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordLapse}: the freeze's term ended with no renewal; the deposit is free again. */
@Component("recordFreezeLapseDelegate")
class RecordFreezeLapseDelegate implements JavaDelegate {

    private final BankRequestRepository requests;
    private final Clock clock;

    RecordFreezeLapseDelegate(BankRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.lapsed(execution.getProcessBusinessKey(), OffsetDateTime.now(clock));
    }
}
