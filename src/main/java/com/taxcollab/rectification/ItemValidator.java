package com.taxcollab.rectification;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/** Checks findings wherever they come from; every problem names its field (e.g. {@code items[2].dueDate}). */
@Component
class ItemValidator {

    static final int MAX_ITEMS = 500;

    private final Organisation organisation;
    private final Clock clock;

    ItemValidator(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Adds the problems of each item to {@code problems}, naming fields with {@code prefix.apply(i)},
     * and returns the valid items (all of them only when no problem was added).
     */
    List<ValidItem> check(List<NewItem> items, String batchJurisdiction, IntFunction<String> prefix,
            List<FieldProblem> problems) {
        List<ValidItem> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            String p = prefix.apply(i);
            int before = problems.size();
            if (item == null) {
                problems.add(new FieldProblem(p, "整改事项不能为空"));
                continue;
            }
            Texts.required(problems, p + ".problem", item.problem(), "问题描述", 2000);
            Texts.required(problems, p + ".requirement", item.requirement(), "整改要求", 2000);
            String department = department(item.department());
            if (department == null) {
                problems.add(new FieldProblem(p + ".department", Texts.blank(item.department()) ? "必须填写责任部门"
                        : "未知的责任部门：" + item.department().strip()));
            }
            String jurisdiction = Texts.blank(item.jurisdiction()) ? batchJurisdiction : item.jurisdiction().strip();
            if (!Texts.blank(item.jurisdiction()) && !jurisdiction.equals(batchJurisdiction)) {
                problems.add(new FieldProblem(p + ".jurisdiction", "整改事项的辖区须与批次辖区一致（"
                        + organisation.jurisdictionName(batchJurisdiction).orElse(batchJurisdiction) + "）"));
            }
            if (!Texts.blank(item.personName()) && item.personName().strip().length() > 100) {
                problems.add(new FieldProblem(p + ".personName", "责任人姓名不能超过 100 个字"));
            }
            String idNumber = Texts.blank(item.personIdNumber()) ? null : item.personIdNumber().strip().toUpperCase();
            if (idNumber != null && !ResidentIdNumber.isValid(idNumber)) {
                problems.add(new FieldProblem(p + ".personIdNumber", "责任人身份证号码无效"));
            }
            LocalDate due = dueDate(item.dueDate(), p + ".dueDate", problems);
            if (problems.size() == before) {
                valid.add(new ValidItem(item.problem().strip(), item.requirement().strip(), department, jurisdiction,
                        Texts.blank(item.personName()) ? null : item.personName().strip(), idNumber, due));
            }
        }
        return valid;
    }

    /** A date after today, for a due date, an extension or a return. */
    LocalDate dueDate(Object value, String field, List<FieldProblem> problems) {
        if (value == null || value.toString().isBlank()) {
            problems.add(new FieldProblem(field, "必须填写整改期限"));
            return null;
        }
        LocalDate date;
        try {
            String text = value.toString().strip();
            date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "日期格式应为 yyyy-MM-dd：" + value));
            return null;
        }
        if (!date.isAfter(LocalDate.now(clock.withZone(ChinaTime.ZONE)))) {
            problems.add(new FieldProblem(field, "整改期限须晚于今天"));
            return null;
        }
        return date;
    }

    /** A department id, or the id of the department with that Chinese name; null when neither. */
    String department(String value) {
        if (Texts.blank(value)) {
            return null;
        }
        String v = value.strip();
        if (organisation.isDepartment(v)) {
            return v;
        }
        return organisation.departmentIds().stream()
                .filter(id -> organisation.departmentName(id).map(v::equals).orElse(false)).findFirst().orElse(null);
    }
}
