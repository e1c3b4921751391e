package com.taxcollab.seizure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordReleaseRequest}: tax asked for release and sends the registry its 解除查封通知书; the
 * registry lifts the seal next.
 */
@Component("recordReleaseRequestDelegate")
class RecordReleaseRequestDelegate implements JavaDelegate {

    private final SeizureService service;
    private final SeizureReleaseNotice notice;

    RecordReleaseRequestDelegate(SeizureService service, SeizureReleaseNotice notice) {
        this.service = service;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = FormValues.string(execution.getVariable(SeizureVariables.RELEASE_REASON));
        String officer = (String) execution.getVariable(SeizureVariables.ACTOR);
        service.releaseRequested(execution.getProcessBusinessKey(), reason, officer);
        notice.issue(execution.getProcessBusinessKey(), reason, officer);
    }
}
