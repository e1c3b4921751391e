package com.taxcollab.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Finds a case's timers by the id the model gives them: a timer event's activity id, or the id of a
 * timeout task listener (whose job sits on the task and names the listener in its configuration).
 * A listener on a multi-instance task has one timer per instance.
 */
public final class Timers {

    private static final String TASK_LISTENER = "$taskListener~";

    private Timers() {
    }

    public static List<Job> named(ManagementService managementService, String processInstanceId, String timerId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(job -> isNamed((JobEntity) job, timerId)).toList();
    }

    /** The configuration reads {@code element[$followUpJobCreated][$taskListener~listener]}. */
    private static boolean isNamed(JobEntity timer, String timerId) {
        String configuration = timer.getJobHandlerConfigurationRaw();
        int listener = configuration.indexOf(TASK_LISTENER);
        return listener >= 0 ? configuration.substring(listener + TASK_LISTENER.length()).equals(timerId)
                : configuration.split("\\$")[0].equals(timerId);
    }
}
