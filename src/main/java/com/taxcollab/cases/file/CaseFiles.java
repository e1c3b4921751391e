package com.taxcollab.cases.file;

import com.taxcollab.cases.CaseDocument;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseParticipants;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.file.CaseFileView.Diagram;
import com.taxcollab.cases.file.CaseFileView.Document;
import com.taxcollab.cases.file.CaseFileView.Party;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Assembles the case file of a case the caller may read. */
@Component
class CaseFiles {

    private final CaseParticipants participants;
    private final CaseDocuments documents;
    private final OpenTasks openTasks;
    private final Timeline timeline;
    private final Organisation organisation;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engine;
    private final Map<CaseType, CaseFactSource> factSources;

    CaseFiles(CaseParticipants participants, CaseDocuments documents, OpenTasks openTasks, Timeline timeline,
            Organisation organisation, IdentityService identityService, RuntimeService runtimeService,
            HistoryService historyService, RepositoryService repositoryService, EngineAsSystem engine,
            List<CaseFactSource> factSources) {
        this.factSources = factSources.stream().collect(Collectors.toMap(CaseFactSource::type, source -> source));
        this.participants = participants;
        this.documents = documents;
        this.openTasks = openTasks;
        this.timeline = timeline;
        this.organisation = organisation;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.engine = engine;
    }

    CaseFileView of(CaseRecord record) {
        return engine.call(() -> assemble(record));
    }

    /** The BPMN XML of the case's process, for the diagram. */
    String bpmn(CaseRecord record) {
        return engine.call(() -> {
            String definitionId = processDefinitionId(record);
            if (definitionId == null) {
                return null;
            }
            try (InputStream xml = repositoryService.getProcessModel(definitionId)) {
                return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private CaseFileView assemble(CaseRecord record) {
        People people = new People(identityService, organisation);
        List<CaseDocument> stored = documents.list(record.caseNumber());
        List<Document> documentViews = stored.stream().map(d -> new Document(d.id(), d.kind(), d.fileName(),
                d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedBy(), people.userName(d.uploadedBy()),
                china(d.uploadedAt()), "/api/cases/" + record.caseNumber() + "/documents/" + d.id())).toList();
        List<CaseParty> named = participants.parties(record.caseNumber());
        List<Party> parties = IntStream.range(0, named.size()).mapToObj(i -> {
            CaseParty p = named.get(i);
            return new Party(p.kind().name(), p.kind().label(), p.name(), p.caseFileIdNumber(), p.role(),
                    p.personal(), i);
        }).toList();
        return new CaseFileView(record.caseNumber(), record.title(), record.type().name(), record.type().label(),
                record.jurisdiction(), organisation.jurisdictionName(record.jurisdiction()).orElse(record.jurisdiction()),
                record.status().name(), record.status().label(), record.initiator(),
                people.userName(record.initiator()), china(record.createdAt()), china(record.closedAt()),
                participants.departments(record.caseNumber()).stream().map(people::department).toList(), parties,
                openTasks.of(record.processInstanceId(), people), timeline.of(record, stored, people), documentViews,
                required(record, stored), diagram(record), facts(record));
    }

    /** The documents the case type requires, each on file when any of its kinds is (an issued one counts). */
    private static List<CaseFileView.RequiredDocument> required(CaseRecord record, List<CaseDocument> stored) {
        Set<String> onFile = stored.stream().map(CaseDocument::kind).collect(Collectors.toSet());
        return record.type().requiredDocuments().stream().map(kinds -> new CaseFileView.RequiredDocument(
                String.join("或", kinds), kinds.stream().anyMatch(onFile::contains))).toList();
    }

    private CaseFacts facts(CaseRecord record) {
        CaseFactSource source = factSources.get(record.type());
        return source == null ? CaseFacts.NONE : source.of(record.caseNumber());
    }

    private Diagram diagram(CaseRecord record) {
        String definitionId = processDefinitionId(record);
        if (definitionId == null) {
            return null;
        }
        String name = repositoryService.getProcessDefinition(definitionId).getName();
        boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(record.processInstanceId())
                .count() > 0;
        List<String> active = running ? runtimeService.getActiveActivityIds(record.processInstanceId()) : List.of();
        return new Diagram(definitionId, name, active, "/api/cases/" + record.caseNumber() + "/diagram",
                "/camunda/app/cockpit/default/#/process-instance/" + record.processInstanceId());
    }

    private String processDefinitionId(CaseRecord record) {
        if (record.processInstanceId() == null) {
            return null;
        }
        var instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(record.processInstanceId()).singleResult();
        return instance == null ? null : instance.getProcessDefinitionId();
    }

    private static OffsetDateTime china(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }
}
