package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.EngineAsSystem;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * A task's form as the task page shows it: the deployed schema, the values it opens with (the case's
 * variables the form names, then the user's own draft over them), and 暂存 of what was typed so far.
 */
@Service
class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskWork work;
    private final TaskService taskService;
    private final EngineAsSystem engine;
    private final TaskDrafts drafts;
    private final List<FormFacts> facts;

    TaskForms(TaskWork work, TaskService taskService, EngineAsSystem engine, TaskDrafts drafts,
            List<FormFacts> facts) {
        this.facts = facts;
        this.work = work;
        this.taskService = taskService;
        this.engine = engine;
        this.drafts = drafts;
    }

    record FormView(JsonNode schema, Map<String, Object> values, OffsetDateTime draftSavedAt) {
    }

    FormView of(CurrentUser user, Task task) {
        FormContract contract = work.contract(task);
        Map<String, Object> values = new LinkedHashMap<>();
        engine.call(() -> taskService.getVariables(task.getId())).forEach((name, value) -> {
            Object shown = shown(value);
            if (shown != null && contract.mentions(name)) {
                values.put(name, shown);
            }
        });
        facts.forEach(source -> source.of(task).forEach((name, fact) -> {
            if (contract.mentions(name)) {
                values.put(name, fact);
            }
        }));
        var draft = drafts.find(task.getId(), user.id());
        draft.ifPresent(saved -> values.putAll(saved.answers()));
        return new FormView(contract.schema(), values, draft.map(TaskDrafts.Draft::savedAt).orElse(null));
    }

    /** 暂存: checked like the form's fields (kinds and limits; nothing required yet), then kept for the user. */
    OffsetDateTime saveDraft(CurrentUser user, String taskId, Map<String, Object> answers) {
        Task task = work.workable(user, taskId);
        work.requireWorkableBy(user, task);
        Map<String, Object> kept = work.contract(task).draft(answers == null ? Map.of() : answers);
        return drafts.save(task.getId(), user.id(), kept);
    }

    /** A value as JSON: JSON variables as their content, dates in ISO form; others the page has no use for. */
    private static Object shown(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof SpinJsonNode json) {
            try {
                return JSON.readTree(json.toString());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return null;
            }
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toString();
        }
        return null;
    }
}
