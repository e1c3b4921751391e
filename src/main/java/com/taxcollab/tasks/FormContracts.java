package com.taxcollab.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The contract of each task's deployed form, read once per process definition and task: a
 * definition never changes its forms (they are deployed with it, {@code formRefBinding="deployment"}).
 */
@Component
class FormContracts {

    private final FormService formService;
    private final Map<String, FormContract> byDefinitionAndTask = new ConcurrentHashMap<>();

    FormContracts(FormService formService) {
        this.formService = formService;
    }

    /** Called with the engine's own rights: the caller's right to the task has been checked. */
    FormContract of(Task task) {
        return byDefinitionAndTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> load(task.getId()));
    }

    private FormContract load(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return FormContract.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (org.camunda.bpm.engine.BadUserRequestException noFormDeployed) {
            return FormContract.none();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + taskId, e);
        }
    }
}
