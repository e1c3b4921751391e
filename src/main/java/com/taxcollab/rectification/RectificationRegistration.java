package com.taxcollab.rectification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Departments;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opens a batch (a ZG case) with its findings, from the API or a spreadsheet, and puts the findings
 * on the books as the process starts.
 */
@Service
class RectificationRegistration {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ItemValidator validator;
    private final RectificationRepository repository;
    private final RectificationItems items;
    private final CaseOpener opener;
    private final Organisation organisation;
    private final Clock clock;

    RectificationRegistration(ItemValidator validator, RectificationRepository repository, RectificationItems items,
            CaseOpener opener, Organisation organisation, Clock clock) {
        this.validator = validator;
        this.repository = repository;
        this.items = items;
        this.opener = opener;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Only supervisors open batches, and only in their own jurisdictions. */
    void requireSupervisor(CurrentUser user, String jurisdiction) {
        if (!user.admin() && !user.inDepartment(Departments.SUPERVISION)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有督查室可以登记整改事项");
        }
        if (organisation.isJurisdiction(jurisdiction) && !user.admin() && !user.inJurisdiction(jurisdiction)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "不能在本人辖区以外登记整改事项");
        }
    }

    /** Checks everything, then opens the case; nothing is written when anything is wrong. */
    @Transactional
    CaseRecord open(CurrentUser user, String title, String jurisdiction, List<NewItem> findings,
            IntFunction<String> prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ValidItem> valid = check(title, jurisdiction, findings, prefix, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(RectificationVariables.TITLE, title.strip());
        // transient: handed to the first step, which puts the items in our tables; never an engine row
        variables.put(RectificationVariables.ITEMS, Variables.stringValue(json(findings), true));
        String[] departments = valid.stream().map(ValidItem::department).distinct().toArray(String[]::new);
        return opener.open(new CaseOpener.NewCase(CaseType.ZG, jurisdiction, title.strip(), user.id(), variables)
                .involving(departments));
    }

    List<ValidItem> check(String title, String jurisdiction, List<NewItem> findings, IntFunction<String> prefix,
            List<FieldProblem> problems) {
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "必须填写批次名称（如督查通报文号）"));
        } else if (title.strip().length() > 500) {
            problems.add(new FieldProblem("title", "批次名称不能超过 500 个字"));
        }
        if (!organisation.isJurisdiction(jurisdiction)) {
            problems.add(new FieldProblem("jurisdiction", jurisdiction == null || jurisdiction.isBlank()
                    ? "必须选择辖区" : "未知辖区：" + jurisdiction));
            return List.of();
        }
        if (findings == null || findings.isEmpty()) {
            problems.add(new FieldProblem("items", "至少登记一个整改事项"));
            return List.of();
        }
        if (findings.size() > ItemValidator.MAX_ITEMS) {
            problems.add(new FieldProblem("items", "一个批次最多 " + ItemValidator.MAX_ITEMS + " 个整改事项"));
            return List.of();
        }
        return validator.check(findings, jurisdiction, prefix, problems);
    }

    /** The process's first step: the findings go on the books under the case number. */
    void register(String caseNumber, String jurisdiction, String initiator, Object title, Object findings) {
        List<NewItem> parsed = parse(findings);
        List<FieldProblem> problems = new ArrayList<>();
        String name = title == null ? null : title.toString();
        List<ValidItem> valid = check(name, jurisdiction, parsed, i -> "items[" + i + "]", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.insertBatch(caseNumber, name.strip(), jurisdiction, initiator, OffsetDateTime.now(clock));
        for (int i = 0; i < valid.size(); i++) {
            repository.insertItem(caseNumber, i + 1, valid.get(i), items.lightFor(valid.get(i).dueDate()));
        }
    }

    /** A JSON array as text (a Spin JSON value's text is the same). */
    static List<NewItem> parse(Object findings) {
        if (findings == null) {
            return List.of();
        }
        try {
            return JSON.readValue(findings.toString(), new TypeReference<List<NewItem>>() { });
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("items", "整改事项格式不正确");
        }
    }

    private static String json(List<NewItem> findings) {
        try {
            return JSON.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
