package com.taxcollab.notification;

import com.taxcollab.organisation.Departments;
import com.taxcollab.system.EngineAsSystem;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is told of which event: the one place for these rules. A department always means its
 * members in the case's jurisdiction, never the whole city's.
 */
@Component
class NotificationRecipients {

    private static final Logger log = LoggerFactory.getLogger(NotificationRecipients.class);

    private final IdentityService identityService;
    private final EngineAsSystem engine;

    NotificationRecipients(IdentityService identityService, EngineAsSystem engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** A new task: its assignee, or else its candidate users and departments. */
    Set<String> taskCreated(TaskFacts task, String jurisdiction) {
        return responsibleFor(task, jurisdiction);
    }

    Set<String> taskAssigned(TaskFacts task) {
        return task.assignee() == null ? Set.of() : Set.of(task.assignee());
    }

    /** Before the due date: the assignee, or the department when nobody claimed the task. */
    Set<String> reminder(TaskFacts task, String jurisdiction) {
        return responsibleFor(task, jurisdiction);
    }

    /** After the due date: the same people and the jurisdiction's supervisors. */
    Set<String> overdue(TaskFacts task, String jurisdiction) {
        Set<String> to = new LinkedHashSet<>(responsibleFor(task, jurisdiction));
        to.addAll(members(Departments.SUPERVISION, jurisdiction));
        return to;
    }

    /** The department the process names, e.g. leadership or the government office. */
    Set<String> escalation(String group, String jurisdiction) {
        return members(group, jurisdiction);
    }

    Set<String> caseClosed(String initiator) {
        return initiator == null || initiator.isBlank() ? Set.of() : Set.of(initiator);
    }

    /** Everyone of these departments in the jurisdiction: the addressees of a document sent to them all. */
    Set<String> departments(java.util.Collection<String> groups, String jurisdiction) {
        Set<String> to = new LinkedHashSet<>();
        groups.forEach(group -> to.addAll(members(group, jurisdiction)));
        return to;
    }

    private Set<String> responsibleFor(TaskFacts task, String jurisdiction) {
        if (task.assignee() != null) {
            return Set.of(task.assignee());
        }
        Set<String> to = new LinkedHashSet<>(task.candidateUsers());
        String tenant = task.tenantId() != null ? task.tenantId() : jurisdiction;
        task.candidateGroups().forEach(group -> to.addAll(members(group, tenant)));
        return to;
    }

    private Set<String> members(String group, String jurisdiction) {
        if (group == null || group.isBlank()) {
            return Set.of();
        }
        if (jurisdiction == null) {
            // a case's data stays in its jurisdiction: without one, no department-wide message
            log.warn("No jurisdiction to narrow group '{}' to: nobody of it is notified", group);
            return Set.of();
        }
        return engine.call(() -> {
            var query = identityService.createUserQuery().memberOfGroup(group);
            boolean wholeGroupInJurisdiction = identityService.createTenantQuery().tenantId(jurisdiction)
                    .groupMember(group).count() > 0;
            if (!wholeGroupInJurisdiction) {
                query = query.memberOfTenant(jurisdiction);
            }
            Set<String> ids = new LinkedHashSet<>();
            query.orderByUserId().asc().list().stream().map(User::getId).forEach(ids::add);
            return ids;
        });
    }
}
