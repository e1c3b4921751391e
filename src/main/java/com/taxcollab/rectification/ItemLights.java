package com.taxcollab.rectification;

import com.taxcollab.notification.TaskNotices;
import com.taxcollab.organisation.Departments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The timeout listeners of the unit's task 整改并报告: each light marks the item in the ledger and tells
 * who must hear of it. The timers count from the item's due date, so a task created again (after a
 * rejected extension) keeps the same moments; lights only get worse ({@link RectificationRepository}).
 */
@Component("itemLights")
public class ItemLights {

    private final RectificationItems items;
    private final TaskNotices notices;

    ItemLights(RectificationItems items, TaskNotices notices) {
        this.items = items;
        this.notices = notices;
    }

    public void yellow(DelegateTask task) {
        items.light(RectificationVariables.itemId(task), Light.YELLOW);
        notices.remind(task, "整改事项将在3个工作日内到期（黄灯）。");
    }

    public void red(DelegateTask task) {
        items.light(RectificationVariables.itemId(task), Light.RED);
        notices.overdue(task, "整改事项已逾期（红灯）。");
    }

    public void escalate(DelegateTask task) {
        items.escalate(RectificationVariables.itemId(task));
        notices.escalate(task, Departments.LEADERSHIP, "整改事项逾期已满5个工作日，请督办。");
    }

    public void holdAccountable(DelegateTask task) {
        items.recordAccountability(RectificationVariables.itemId(task));
        notices.escalate(task, Departments.SUPERVISION, "整改事项逾期已满10个工作日，已生成问责记录。");
    }
}
