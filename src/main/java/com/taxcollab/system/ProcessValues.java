package com.taxcollab.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading process variables as the product's rules need them, one way for every process. */
public final class ProcessValues {

    private ProcessValues() {
    }

    /** The variable as text; null when it is absent. */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** What a person typed into a form: stripped, and null when absent or blank. */
    public static String answer(VariableScope scope, String name) {
        String value = text(scope, name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
