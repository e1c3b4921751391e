package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.cases.CaseType;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.Paging;
import com.taxcollab.system.validation.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an officer narrows 待办 to: a case type, a light (the same as the list shows: 逾期, 临期, 正常,
 * 未设期限), text in the case number, case title or task name, one of their departments or
 * jurisdictions, an order and a page. Each bad value is a 400 naming its field.
 */
record TodoFilter(CaseType type, DueLight light, String text, String department, String jurisdiction,
        TodoSort sort, Paging paging) {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;
    static final TodoFilter ALL = new TodoFilter(null, null, null, null, null, TodoSort.DUE,
            new Paging(0, MAX_PAGE_SIZE));

    static TodoFilter of(String type, String light, String text, Integer page, Integer size) {
        return of(type, light, text, null, null, null, page, size);
    }

    /** The same filter for another light (for the count of each light). */
    TodoFilter withLight(DueLight other) {
        return new TodoFilter(type, other, text, department, jurisdiction, sort, paging);
    }

    static TodoFilter of(String type, String light, String text, String department, String jurisdiction,
            String sort, Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseType caseType = null;
        if (type != null && !type.isBlank()) {
            caseType = Arrays.stream(CaseType.values()).filter(t -> t.name().equals(type.strip())).findFirst()
                    .orElse(null);
            if (caseType == null) {
                problems.add(new FieldProblem("type", "未知的案件类型：" + type));
            }
        }
        DueLight dueLight = null;
        if (light != null && !light.isBlank()) {
            dueLight = Arrays.stream(DueLight.values()).filter(l -> l.name().equals(light.strip())).findFirst()
                    .orElse(null);
            if (dueLight == null) {
                problems.add(new FieldProblem("light", "期限状态应为 RED（逾期）、YELLOW（临期）、GREEN（正常）或 NONE（未设期限）"));
            }
        }
        TodoSort order = TodoSort.DUE;
        if (sort != null && !sort.isBlank()) {
            order = Arrays.stream(TodoSort.values()).filter(o -> o.name().equals(sort.strip())).findFirst()
                    .orElse(null);
            if (order == null) {
                problems.add(new FieldProblem("sort", "排序应为 DUE（按期限）、RECEIVED（按接收时间）或 CASE（按案件号）"));
            }
        }
        if (text != null && text.strip().length() > Texts.MAX_SEARCH) {
            problems.add(new FieldProblem("q", Texts.SEARCH_TOO_LONG));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? PAGE_SIZE : size;
        problems.addAll(Paging.problems(p, s, MAX_PAGE_SIZE));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TodoFilter(caseType, dueLight, text == null || text.isBlank() ? null : text.strip(),
                blankIsNull(department), blankIsNull(jurisdiction), order, new Paging(p, s));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
