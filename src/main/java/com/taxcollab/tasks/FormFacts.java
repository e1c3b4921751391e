package com.taxcollab.tasks;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * What a task's form shows that is no variable of its case, supplied by the feature that knows it (e.g. the
 * evidence uploaded for the rectification item under review, as links); the task page gives a form the
 * facts it names.
 */
public interface FormFacts {

    /** The facts for this task, by the name a form uses; empty for a task the feature does not know. */
    Map<String, Object> of(Task task);
}
