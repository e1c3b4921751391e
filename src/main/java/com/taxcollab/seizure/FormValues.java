package com.taxcollab.seizure;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reading what Tasklist forms submit: dates as "yyyy-MM-dd" strings, numbers untyped. */
final class FormValues {

    private FormValues() {
    }

    /** Refuses the completion when the task's answer {@code name} is empty. */
    static void required(DelegateTask task, String name, String label) {
        if (string(task.getVariable(name)) == null) {
            throw new ProcessEngineException("必须填写" + label + "（" + name + "）");
        }
    }

    /** Remembers who completed the task, for the records the next step writes. */
    static void rememberActor(DelegateTask task) {
        task.getExecution().setVariable(SeizureVariables.ACTOR,
                EngineActor.idOr(task.getProcessEngineServices(), task.getAssignee()));
    }

    static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static Integer integer(Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new ProcessEngineException(label + "须为整数：" + value);
        }
    }

    /** The date given, today when none; never a day after today. */
    static LocalDate dateOrToday(Object value, Clock clock, String label) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate date;
        if (value == null || value.toString().isBlank()) {
            return today;
        } else if (value instanceof Date d) {
            date = d.toInstant().atZone(ChinaTime.ZONE).toLocalDate();
        } else {
            String text = value.toString().strip();
            try {
                date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new ProcessEngineException(label + "格式应为 yyyy-MM-dd：" + text);
            }
        }
        if (date.isAfter(today)) {
            throw new ProcessEngineException(label + "不能晚于今天：" + date);
        }
        return date;
    }
}
