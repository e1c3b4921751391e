package com.taxcollab.tasks;

import com.taxcollab.calendar.DueLight;
import com.taxcollab.cases.CaseType;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.Paging;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an officer narrows 待办 to: a case type, a light (the same as the list shows: 逾期, 临期, 正常,
 * 未设期限), a case number or task name containing some text, and a page. Each bad value is a 400
 * naming its field.
 */
record TodoFilter(CaseType type, DueLight light, String text, Paging paging) {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 200;
    static final TodoFilter ALL = new TodoFilter(null, null, null, new Paging(0, MAX_PAGE_SIZE));

    static TodoFilter of(String type, String light, String text, Integer page, Integer size) {
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
        if (text != null && text.strip().length() > 100) {
            problems.add(new FieldProblem("q", "搜索内容不能超过 100 个字"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? PAGE_SIZE : size;
        problems.addAll(Paging.problems(p, s, MAX_PAGE_SIZE));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TodoFilter(caseType, dueLight, text == null || text.isBlank() ? null : text.strip(),
                new Paging(p, s));
    }
}
