package com.taxcollab.assessment;

import com.taxcollab.cases.official.DocumentTemplates;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The draft of a month's circular, from the assessment's own figures for the month (the same as
 * {@code /assessment} shows): totals, each department's on-time rate in rank order, the units with the
 * most overdue work, and the requirements; its wording is the template {@code monthly-circular-draft}.
 */
@Component
class CircularDraft {

    private static final int MOST_OVERDUE = 3;

    private final Performance performance;
    private final DocumentTemplates templates;

    CircularDraft(Performance performance, DocumentTemplates templates) {
        this.performance = performance;
        this.templates = templates;
    }

    /** One paragraph a line, as the supervisor edits it. */
    String of(String jurisdiction, YearMonth month) {
        List<Performance.DepartmentFigures> rows = performance.of(List.of(jurisdiction), month.atDay(1),
                month.atEndOfMonth());
        int onTime = rows.stream().mapToInt(Performance.DepartmentFigures::onTime).sum();
        int late = rows.stream().mapToInt(Performance.DepartmentFigures::late).sum();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("month", MonthlyCirculars.label(month));
        model.put("received", rows.stream().mapToInt(Performance.DepartmentFigures::received).sum());
        model.put("onTime", onTime);
        model.put("late", late);
        model.put("openInTime", rows.stream().mapToInt(Performance.DepartmentFigures::openInTime).sum());
        model.put("overdue", rows.stream().mapToInt(Performance.DepartmentFigures::overdue).sum());
        model.put("rate", onTime + late == 0 ? "—" : rate(Math.round(1000.0 * onTime / (onTime + late)) / 10.0));
        model.put("ranking", rows.stream().map(row -> Map.of("departmentName", row.departmentName(),
                "rate", row.onTimeRate() == null ? "—（无办结事项）" : rate(row.onTimeRate()), "received", row.received(),
                "onTime", row.onTime(), "late", row.late(), "overdue", row.overdue())).toList());
        String most = rows.stream().filter(row -> row.overdue() > 0)
                .sorted(Comparator.comparing(Performance.DepartmentFigures::overdue).reversed()
                        .thenComparing(Performance.DepartmentFigures::overdueWorkingDays, Comparator.reverseOrder()))
                .limit(MOST_OVERDUE).map(row -> row.departmentName() + "（" + row.overdue() + "件，合计逾期"
                        + row.overdueWorkingDays() + "个工作日）").collect(Collectors.joining("、"));
        model.put("mostOverdue", most.isEmpty() ? "无" : most);
        return String.join("\n", templates.render("monthly-circular-draft", model).paragraphs());
    }

    private static String rate(double percent) {
        return String.format("%.1f%%", percent);
    }
}
