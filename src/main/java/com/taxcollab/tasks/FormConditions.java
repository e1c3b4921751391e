package com.taxcollab.tasks;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The FEEL conditions of a Camunda Form ({@code "=negotiationOutcome != \"AGREED\""}), evaluated on
 * the server by the engine's own FEEL engine against the form's data, as form-js does in the browser.
 */
final class FormConditions {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private FormConditions() {
    }

    /** Whether the condition holds; an expression FEEL cannot evaluate counts as not holding. */
    static boolean holds(String expression, Map<String, Object> data) {
        if (expression == null) {
            return false;
        }
        String feel = expression.startsWith("=") ? expression.substring(1) : expression;
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(feel,
                    Variables.fromMap(data).asVariableContext()));
        } catch (RuntimeException notEvaluable) {
            return false;
        }
    }
}
