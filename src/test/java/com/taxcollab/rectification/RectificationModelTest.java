package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The model files: forms Tasklist can render, and the start form's way in. */
class RectificationModelTest extends RectificationScenarioSupport {

    private static final Path BPMN = Path.of("bpmn/rectification-tracking.bpmn");

    @Autowired
    CaseOpener caseOpener;
    @Autowired
    IdentityService identityService;

    @Test
    void everyFormTheProcessNamesExistsAndTasklistCanRenderIt() throws IOException {
        Matcher refs = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(Files.readString(BPMN));
        List<String> names = Stream.iterate(refs.find(), found -> found, found -> refs.find())
                .map(found -> refs.group(1)).toList();
        assertThat(names).contains("rectification-start", "rectification-report", "rectification-extension",
                "rectification-review");
        ObjectMapper json = new ObjectMapper();
        for (String id : names) {
            JsonNode form = json.readTree(Path.of("forms", id + ".form").toFile());
            assertThat(form.get("id").asText()).isEqualTo(id);
            assertThat(form.get("schemaVersion").asInt()).isBetween(1, 16);
            if (!id.equals("rectification-start")) {
                assertThat(form.toString()).as(id + " links the case page").contains("/cases/{{caseNumber}}");
            }
        }
        JsonNode start = json.readTree(Path.of("forms/rectification-start.form").toFile());
        assertThat(start.toString()).contains("\"key\":\"jurisdiction\"", "\"value\":\"guannan\"",
                "\"path\":\"items\"");
    }

    @Test
    void aBatchOpenedWithTheStartFormsListRegistersEachItem() {
        now("2026-09-21T10:00:00");
        String items = "[{\"problem\":\"表单登记的问题\",\"requirement\":\"按期整改\",\"department\":\"market\","
                + "\"personName\":\"王五\",\"dueDate\":\"2026-10-30\"}]";
        identityService.setAuthentication("super1", List.of("supervision"),
                List.of("lyg", "lianyun", "haizhou", "ganyu", "donghai", "guanyun", "guannan"));
        String caseNumber;
        try {
            caseNumber = caseOpener.open(new CaseOpener.NewCase(CaseType.ZG, "lyg", "表单登记批次", "super1",
                    Variables.createVariables().putValue("title", "表单登记批次")
                            .putValueTyped("items", SpinValues.jsonValue(items).create()))).caseNumber();
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(caseNumber).startsWith("ZG-2026-");
        long item = itemIds(caseNumber).get(0);
        assertThat(itemRow(item)).containsEntry("department", "market").containsEntry("jurisdiction", "lyg")
                .containsEntry("person_name", "王五").containsEntry("light", "GREEN");
        assertThat(jdbc.queryForMap("SELECT title, initiator FROM rectification_batches WHERE case_number = ?",
                caseNumber)).isEqualTo(Map.of("title", "表单登记批次", "initiator", "super1"));
        assertThat(taskService.getIdentityLinksForTask(task(item, "Task_Rectify").getId()))
                .anyMatch(link -> "market".equals(link.getGroupId()));
        assertThat(runtimeService.getVariable(task(item, "Task_Rectify").getExecutionId(), "itemProblem"))
                .isEqualTo("表单登记的问题");
    }
}
