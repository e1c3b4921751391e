package com.taxcollab.court;

import com.taxcollab.bankruptcy.BankruptcyVariables;
import com.taxcollab.cases.CaseDocument;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseOutputs;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/** What a court sees of its case: status, current steps with due dates, what it was issued, what it reported. */
@Component
class CourtCaseView {

    static final String BASE = "/api/court/cases/";

    private final CaseRegistry registry;
    private final CaseDocuments documents;
    private final CaseOutputs outputs;
    private final CourtCases courtCases;
    private final EngineAsSystem engine;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    CourtCaseView(CaseRegistry registry, CaseDocuments documents, CaseOutputs outputs, CourtCases courtCases,
            EngineAsSystem engine, RuntimeService runtimeService, TaskService taskService,
            HistoryService historyService, RepositoryService repositoryService) {
        this.registry = registry;
        this.documents = documents;
        this.outputs = outputs;
        this.courtCases = courtCases;
        this.engine = engine;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    /** The short answer of the intake: number, status, links. */
    Map<String, Object> summary(CourtCaseRecord courtCase) {
        CaseRecord record = record(courtCase.caseNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", record.caseNumber());
        body.put("status", record.status().name());
        body.put("statusLabel", record.status().label());
        body.put("links", links(record.caseNumber()));
        return body;
    }

    Map<String, Object> full(CourtCaseRecord courtCase) {
        CaseRecord record = record(courtCase.caseNumber());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", record.caseNumber());
        body.put("type", courtCase.type().name());
        body.put("typeLabel", record.type().label());
        body.put("status", record.status().name());
        body.put("statusLabel", record.status().label());
        body.put("courtName", courtCase.courtName());
        body.put("courtCaseNumber", courtCase.courtCaseNumber());
        body.put("jurisdiction", courtCase.jurisdiction());
        body.put("filedAt", courtCase.filedAt());
        body.put("closedAt", record.closedAt());
        body.put("currentSteps", engine.call(() -> currentSteps(record.processInstanceId())));
        body.put("keyDates", engine.call(() -> keyDates(record.processInstanceId())));
        body.put("issued", issued(record.caseNumber()));
        body.put("events", courtCases.events(record.caseNumber()));
        body.put("links", links(record.caseNumber()));
        return body;
    }

    private CaseRecord record(String caseNumber) {
        return registry.find(caseNumber).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
    }

    private List<Map<String, Object>> currentSteps(String processInstanceId) {
        List<Map<String, Object>> steps = new ArrayList<>();
        ProcessInstance instance = processInstanceId == null ? null : runtimeService.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return steps;
        }
        var model = repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId());
        for (String activityId : runtimeService.getActiveActivityIds(processInstanceId)) {
            FlowElement element = model.getModelElementById(activityId);
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", activityId);
            step.put("name", element == null ? activityId : element.getName());
            List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(activityId).list();
            if (!tasks.isEmpty()) {
                Task task = tasks.get(0);
                step.put("dueDate", task.getDueDate());
                step.put("departments", taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> link.getGroupId()).toList());
            }
            steps.add(step);
        }
        return steps;
    }

    private Map<String, Object> keyDates(String processInstanceId) {
        Map<String, Object> dates = new LinkedHashMap<>();
        if (processInstanceId == null) {
            return dates;
        }
        historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(BankruptcyVariables.CLAIM_DEADLINE, BankruptcyVariables.FIRST_CREDITORS_MEETING,
                        com.taxcollab.auction.AuctionVariables.PLANNED_DATE)
                .list().forEach(variable -> dates.put(variable.getName(), variable.getValue()));
        return dates;
    }

    private List<Map<String, Object>> issued(String caseNumber) {
        List<Map<String, Object>> issued = new ArrayList<>();
        for (CaseOutputs.Output output : outputs.issuedToCourt(caseNumber)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", output.kind().name());
            item.put("title", output.kind().label());
            item.put("issuedAt", output.issuedAt());
            item.put("content", output.content());
            if (output.documentId() != null) {
                documents.find(caseNumber, output.documentId()).ifPresent(d -> item.put("document", document(d)));
            }
            issued.add(item);
        }
        return issued;
    }

    private static Map<String, Object> document(CaseDocument d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", d.id());
        doc.put("kind", d.kind());
        doc.put("fileName", d.fileName());
        doc.put("mediaType", d.mediaType());
        doc.put("sizeBytes", d.sizeBytes());
        doc.put("sha256", d.sha256());
        doc.put("href", BASE + d.caseNumber() + "/documents/" + d.id());
        return doc;
    }

    static Map<String, String> links(String caseNumber) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", BASE + caseNumber);
        links.put("events", BASE + caseNumber + "/events");
        links.put("casePage", "/cases/" + caseNumber);
        return links;
    }
}
