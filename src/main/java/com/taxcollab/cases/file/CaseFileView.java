package com.taxcollab.cases.file;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.cases.CaseFacts;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything the case page shows, and what {@code GET /api/cases/{caseNumber}} returns. */
record CaseFileView(String caseNumber, String title, String type, String typeLabel, String jurisdiction,
        String jurisdictionName, String status, String statusLabel, String initiator, String initiatorName,
        OffsetDateTime createdAt, OffsetDateTime closedAt, List<Named> departments, List<Party> parties,
        List<OpenTask> openTasks, List<TimelineEntry> timeline, List<Document> documents,
        List<RequiredDocument> requiredDocuments, Diagram diagram, CaseFacts facts) {

    record Named(String id, String name) {
    }

    /**
     * A party as lists show it: a company's USCC in full (it is public), anyone else's number masked
     * ({@code masked}); the full number is a separate, audited request naming its purpose, by position.
     */
    record Party(String kind, String kindLabel, String name, String idNumber, String role, boolean masked,
            int position) {
    }

    record OpenTask(String id, String name, List<Named> departments, String assignee, String assigneeName,
            OffsetDateTime createdAt, OffsetDateTime dueAt, Integer workingDaysLeft, DueLight light, String lightLabel,
            String href) {
    }

    record TimelineEntry(OffsetDateTime at, String what, String who, String whoName) {
    }

    record Document(long id, String kind, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, String uploadedByName, OffsetDateTime uploadedAt, String href) {
    }

    /** A document the case must hold ("税收保全措施决定书或强制执行决定书"), and whether it is on file. */
    record RequiredDocument(String kind, boolean onFile) {
    }

    /** Where the process stands: the BPMN to draw and the activities to highlight. */
    record Diagram(String processDefinitionId, String processDefinitionName, List<String> activeActivityIds,
            String bpmnHref, String cockpitHref) {
    }
}
