package com.taxcollab.rectification;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Table;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import java.util.List;
import org.springframework.stereotype.Component;

/** A rectification batch's case file: its items with unit, due date, light and state; how many are open. */
@Component
class RectificationFacts implements CaseFactSource {

    private final RectificationRepository repository;
    private final Organisation organisation;

    RectificationFacts(RectificationRepository repository, Organisation organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    @Override
    public CaseType type() {
        return CaseType.ZG;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        List<ItemRow> items = repository.items(caseNumber);
        long open = items.stream().filter(item -> item.status() != ItemStatus.CLOSED).count();
        long red = items.stream().filter(item -> item.status() != ItemStatus.CLOSED && item.light() == Light.RED).count();
        String summary = open == 0 ? "全部 " + items.size() + " 项已销号"
                : "共 " + items.size() + " 项，未销号 " + open + " 项" + (red > 0 ? "，其中逾期 " + red + " 项" : "");
        return new CaseFacts(summary, List.of(), new Table("整改事项", List.of("序号", "问题", "责任单位", "整改期限", "灯号", "状态"),
                items.stream().map(item -> List.of(Integer.toString(items.indexOf(item) + 1), item.problem(),
                        organisation.departmentName(item.department()).orElse(item.department()),
                        item.dueDate().toString(), item.light().label(), item.status().label())).toList()));
    }
}
