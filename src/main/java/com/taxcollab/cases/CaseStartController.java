package com.taxcollab.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.PagePaths;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/cases}: one door to open a case of any type the caller's department may open,
 * {@code {"type": "ZY", "jurisdiction": "lyg", "variables": {...}}}; the variables are what the type's own
 * API reads. 201 with the case number and its page; 200 with the case a repeated request opened before.
 */
@RestController
class CaseStartController {

    private final Map<CaseType, CaseStart> starts;
    private final CurrentUserService users;

    CaseStartController(List<CaseStart> starts, CurrentUserService users) {
        this.starts = starts.stream().collect(Collectors.toMap(CaseStart::type, Function.identity()));
        this.users = users;
    }

    record NewCaseRequest(String type, String jurisdiction, JsonNode variables) {
    }

    record Opened(String caseNumber, String type, String typeLabel, String title, String jurisdiction,
            String casePage) {
    }

    @PostMapping("/api/cases")
    ResponseEntity<Opened> open(@RequestBody(required = false) NewCaseRequest request) {
        CurrentUser user = users.require();
        NewCaseRequest given = request == null ? new NewCaseRequest(null, null, null) : request;
        CaseType type = Arrays.stream(CaseType.values()).filter(t -> t.name().equals(given.type())).findFirst()
                .orElseThrow(() -> new InvalidInputException("type", "案件类型应为以下之一：" + Arrays.stream(
                        CaseType.values()).map(t -> t.name() + "（" + t.label() + "）").collect(Collectors.joining("、"))));
        if (!type.mayBeOpenedByAnyOf(user.departments())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您所在的部门不能发起" + type.label() + "案件");
        }
        CaseStart start = starts.get(type);
        if (start == null) {
            throw new InvalidInputException("type", type.label() + "案件不由此发起（" + type.name() + " 只在其业务环节中产生）");
        }
        if (given.variables() != null && !given.variables().isObject()) {
            throw new InvalidInputException("variables", "应为对象");
        }
        ObjectNode variables = given.variables() == null ? JsonNodeFactory.instance.objectNode()
                : ((ObjectNode) given.variables()).deepCopy();
        JsonNode named = variables.get("jurisdiction");
        if (named != null && !named.isNull() && given.jurisdiction() != null
                && !named.asText().equals(given.jurisdiction())) {
            throw new InvalidInputException("variables.jurisdiction", "与 jurisdiction 不一致");
        }
        if (given.jurisdiction() != null) {
            variables.put("jurisdiction", given.jurisdiction());
        }
        CaseStart.Opened opened = start.open(user, variables);
        CaseRecord c = opened.record();
        Opened body = new Opened(c.caseNumber(), c.type().name(), c.type().label(), c.title(), c.jurisdiction(),
                PagePaths.casePage(c.caseNumber()));
        return opened.created() ? ResponseEntity.created(URI.create(PagePaths.casePage(c.caseNumber()))).body(body)
                : ResponseEntity.ok(body);
    }
}
