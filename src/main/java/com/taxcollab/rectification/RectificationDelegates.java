package com.taxcollab.rectification;

import static com.taxcollab.rectification.RectificationVariables.*;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates and listeners of {@code RectificationTrackingProcess}, one bean per BPMN step: they
 * map variables and leave the logic to {@link RectificationItems} and {@link RectificationRegistration}.
 */
@Configuration
class RectificationDelegates {

    static final String REPORTED = "reported";
    static final String EXTENDED = "extended";

    @Bean
    JavaDelegate registerRectificationItemsDelegate(RectificationRegistration registration) {
        return execution -> {
            registration.register(string(execution, CaseOpener.CASE_NUMBER), execution.getTenantId(),
                    string(execution, CaseOpener.INITIATOR), execution.getVariable(TITLE), execution.getVariable(ITEMS));
            // the items live in our table from now on: the ledger is the one place to read them
            execution.removeVariable(ITEMS);
        };
    }

    /** Each item's scope holds its own due date, department and form answers. */
    @Bean
    ExecutionListener openRectificationItemListener(RectificationItems items, Organisation organisation) {
        return execution -> {
            ItemRow item = items.item(itemId(execution));
            execution.setVariableLocal(ITEM_DUE, RectificationItems.dueAt(item.dueDate()));
            execution.setVariableLocal(ITEM_DEPARTMENT, item.department());
            execution.setVariableLocal(ITEM_DEPARTMENT_NAME,
                    organisation.departmentName(item.department()).orElse(item.department()));
            execution.setVariableLocal(ITEM_PROBLEM, item.problem());
            execution.setVariableLocal(ITEM_DUE_TEXT, item.dueDate().toString());
            ITEM_SCOPED.forEach(name -> execution.setVariableLocal(name, null));
        };
    }

    @Bean
    ExecutionListener startRectificationWorkListener(RectificationItems items) {
        return execution -> {
            execution.setVariable(UNIT_WORK_OUTCOME, null);
            execution.setVariable(ITEM_DUE_TEXT, items.item(itemId(execution)).dueDate().toString());
            items.startWork(itemId(execution));
        };
    }

    @Bean
    JavaDelegate recordRectificationReportDelegate(RectificationItems items) {
        return execution -> {
            items.report(itemId(execution), execution.getVariable(REPORT));
            execution.setVariable(UNIT_WORK_OUTCOME, REPORTED);
        };
    }

    @Bean
    JavaDelegate requestRectificationExtensionDelegate(RectificationItems items) {
        return execution -> items.requestExtension(itemId(execution), execution.getVariable(EXTENSION_REASON),
                execution.getVariable(REQUESTED_DUE_DATE));
    }

    @Bean
    JavaDelegate approveRectificationExtensionDelegate(RectificationItems items) {
        return execution -> {
            execution.setVariable(ITEM_DUE, items.approveExtension(itemId(execution),
                    execution.getVariable(EXTENSION_COMMENT)));
            execution.setVariable(UNIT_WORK_OUTCOME, EXTENDED);
        };
    }

    @Bean
    JavaDelegate rejectRectificationExtensionDelegate(RectificationItems items) {
        return execution -> items.rejectExtension(itemId(execution), execution.getVariable(EXTENSION_COMMENT));
    }

    @Bean
    JavaDelegate returnRectificationItemDelegate(RectificationItems items) {
        return execution -> execution.setVariable(ITEM_DUE, items.returnItem(itemId(execution),
                execution.getVariable(REVIEW_COMMENT), execution.getVariable(NEW_DUE_DATE)));
    }

    @Bean
    JavaDelegate closeRectificationItemDelegate(RectificationItems items) {
        return execution -> items.close(itemId(execution), execution.getVariable(REVIEW_COMMENT));
    }

    @Bean
    JavaDelegate closeRectificationBatchDelegate(RectificationItems items) {
        return execution -> execution.setVariable(SUMMARY,
                items.closeBatch(string(execution, CaseOpener.CASE_NUMBER)));
    }

    private static long itemId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ITEM_ID)).longValue();
    }

    private static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
