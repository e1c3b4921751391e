package com.taxcollab.rectification;

import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.calendar.WorkingDayExpressions;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What happens to an item along its process: the logic behind the delegates, and
 * {@code ${rectificationItems.idsOf(caseNumber)}}, the collection the process runs one scope per item for.
 */
@Service("rectificationItems")
public class RectificationItems {

    static final String ITEM_STEP = "rectification-item";
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final RectificationRepository repository;
    private final ItemValidator validator;
    private final WorkingDayCalendar calendar;
    private final WorkingDayExpressions workingDays;
    private final Clock clock;

    RectificationItems(RectificationRepository repository, ItemValidator validator, WorkingDayCalendar calendar,
            WorkingDayExpressions workingDays, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public List<Long> idsOf(String caseNumber) {
        return repository.idsOf(caseNumber);
    }

    ItemRow item(long id) {
        return repository.item(id);
    }

    /** The due moment of a due day: its last second, Beijing time. */
    static Date dueAt(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(ChinaTime.ZONE).toInstant());
    }

    /** The unit's phase starts (again): the light fits the due date as it is now. */
    void startWork(long id) {
        ItemRow item = repository.item(id);
        repository.startWork(id, lightFor(item.dueDate()));
    }

    Light lightFor(LocalDate dueDate) {
        Date due = dueAt(dueDate);
        Instant now = clock.instant();
        if (!now.isBefore(due.toInstant())) {
            return Light.RED;
        }
        return now.isBefore(workingDays.reminder(due, ITEM_STEP).toInstant()) ? Light.GREEN : Light.YELLOW;
    }

    void light(long id, Light light) {
        repository.worsenLight(id, light);
    }

    void requestExtension(long id, Object reason, Object requestedDate) {
        ItemRow item = repository.item(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!clock.instant().isBefore(dueAt(item.dueDate()).toInstant())) {
            problems.add(new FieldProblem(RectificationVariables.UNIT_ACTION, "整改期限已过，不能再申请延期"));
        }
        String why = required(reason, RectificationVariables.EXTENSION_REASON, "必须填写延期理由", problems);
        LocalDate date = validator.dueDate(requestedDate, RectificationVariables.REQUESTED_DUE_DATE, problems);
        if (date != null && !date.isAfter(item.dueDate())) {
            problems.add(new FieldProblem(RectificationVariables.REQUESTED_DUE_DATE, "申请的期限须晚于现期限 "
                    + item.dueDate()));
        }
        throwIfAny(problems);
        repository.requestExtension(id, date, why);
    }

    /** Returns the new due moment. */
    Date approveExtension(long id, Object comment) {
        ItemRow item = repository.item(id);
        repository.extend(id, item.pendingDueDate(), text(comment));
        return dueAt(item.pendingDueDate());
    }

    void rejectExtension(long id, Object comment) {
        repository.rejectExtension(id, text(comment));
    }

    void report(long id, Object report) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = required(report, RectificationVariables.REPORT, "必须填写整改情况", problems);
        throwIfAny(problems);
        repository.report(id, text, OffsetDateTime.now(clock));
    }

    /** Back to the unit with comments and a new due date; returns the new due moment. */
    Date returnItem(long id, Object comment, Object newDueDate) {
        List<FieldProblem> problems = new ArrayList<>();
        String why = required(comment, RectificationVariables.REVIEW_COMMENT, "退回时必须填写意见", problems);
        LocalDate date = validator.dueDate(newDueDate, RectificationVariables.NEW_DUE_DATE, problems);
        throwIfAny(problems);
        repository.returnItem(id, date, why);
        return dueAt(date);
    }

    void close(long id, Object comment) {
        ItemRow item = repository.item(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.close(id, text(comment), now, overdueDays(item.dueDate(),
                item.reportedAt() != null ? item.reportedAt().toInstant() : now.toInstant()));
    }

    void escalate(long id) {
        repository.escalated(id, OffsetDateTime.now(clock));
    }

    void recordAccountability(long id) {
        ItemRow item = repository.item(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insertAccountability(item, overdueDays(item.dueDate(), now.toInstant()),
                now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate(), now);
    }

    /** Working days past the due date at {@code end}; 0 while not overdue. */
    int overdueDays(LocalDate dueDate, Instant end) {
        if (!end.isAfter(dueAt(dueDate).toInstant())) {
            return 0;
        }
        return Math.max(0, calendar.workingDaysBetween(dueDate, end.atZone(ChinaTime.ZONE).toLocalDate()));
    }

    /** Marks the batch closed and returns the sentence its initiator is told. */
    String closeBatch(String caseNumber) {
        repository.closeBatch(caseNumber, OffsetDateTime.now(clock));
        int[] f = repository.batchFigures(caseNumber);
        String title = repository.batchTitle(caseNumber).orElse(caseNumber);
        return "整改批次「" + title + "」已全部销号：共 " + f[0] + " 项，按期完成 " + (f[0] - f[1]) + " 项，逾期完成 "
                + f[1] + " 项；批准延期 " + f[2] + " 次，退回重改 " + f[3] + " 次。";
    }

    private static String required(Object value, String field, String message, List<FieldProblem> problems) {
        String text = text(value);
        if (text == null) {
            problems.add(new FieldProblem(field, message));
        } else if (text.length() > 2000) {
            problems.add(new FieldProblem(field, "不能超过 2000 个字"));
        }
        return text;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
