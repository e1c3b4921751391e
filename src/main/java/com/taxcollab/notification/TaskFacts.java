package com.taxcollab.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** What a notification needs to know of a user task, whether from a listener or a query. */
record TaskFacts(String id, String name, String definitionKey, String assignee, List<String> candidateUsers,
        List<String> candidateGroups, Instant due, String tenantId) {

    static TaskFacts of(DelegateTask task) {
        return new TaskFacts(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                users(task.getCandidates()), groups(task.getCandidates()), instant(task.getDueDate()),
                task.getTenantId());
    }

    static TaskFacts of(Task task, Collection<IdentityLink> links) {
        return new TaskFacts(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                users(links), groups(links), instant(task.getDueDate()), task.getTenantId());
    }

    private static List<String> users(Collection<IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).distinct().toList();
    }

    private static List<String> groups(Collection<IdentityLink> links) {
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().toList();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
