package com.taxcollab.assessment;

import com.taxcollab.cases.official.IssuedDocuments;
import com.taxcollab.notification.DocumentNotices;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.EngineActor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_IssueCircular}: the approved circular issued as an official document of the supervision
 * office (文号, date, seal place), filed in its case, and every department told it is there.
 */
@Component("issueCircularDelegate")
class IssueCircularDelegate implements JavaDelegate {

    static final String KIND = "督查通报";

    private final IssuedDocuments documents;
    private final DocumentNotices notices;
    private final Organisation organisation;

    IssueCircularDelegate(IssuedDocuments documents, DocumentNotices notices, Organisation organisation) {
        this.documents = documents;
        this.notices = notices;
        this.organisation = organisation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> paragraphs = Arrays.stream(((String) execution.getVariable(CircularDraftListener.TEXT))
                .split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        IssuedDocuments.Issued issued = documents.issueAsSupervision(execution.getProcessBusinessKey(), KIND,
                "monthly-circular", Map.of("month", execution.getVariable(MonthlyCirculars.MONTH_LABEL),
                        "paragraphs", paragraphs), EngineActor.idOr(execution.getProcessEngineServices(), null));
        notices.issued(execution, organisation.departmentIds(), "文号 " + issued.documentNumber() + "。");
    }
}
