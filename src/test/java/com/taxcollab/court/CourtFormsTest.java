package com.taxcollab.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The court processes' forms: one per user task and start event, found by id, readable by Tasklist 7.24. */
class CourtFormsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"court-auction-tax-guidance.bpmn", "bankruptcy-notification.bpmn"})
    void everyUserTaskAndStartEventHasADeployableZhCnForm(String bpmn) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn", bpmn));
        List<String> taskForms = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            taskForms.add(task.getCamundaFormRef());
        }
        List<String> startForms = model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .map(StartEvent::getCamundaFormRef).toList();
        assertThat(startForms).hasSize(1).doesNotContainNull();

        for (String formId : taskForms) {
            JsonNode form = form(formId);
            assertThat(form.toString()).as("%s links to the case page", formId).contains("/cases/{{caseNumber}}");
        }
        JsonNode start = form(startForms.get(0));
        JsonNode jurisdiction = StreamSupport.stream(start.get("components").spliterator(), false)
                .filter(c -> "jurisdiction".equals(c.path("key").asText())).findFirst().orElseThrow();
        assertThat(jurisdiction.get("type").asText()).isEqualTo("select");
        assertThat(StreamSupport.stream(jurisdiction.get("values").spliterator(), false).map(v -> v.get("value").asText()))
                .containsExactly("lyg", "lianyun", "haizhou", "ganyu", "donghai", "guanyun", "guannan");
    }

    private static JsonNode form(String id) throws Exception {
        Path file = Path.of("forms", id + ".form");
        assertThat(file).as("form %s", id).exists();
        JsonNode form = JSON.readTree(Files.readString(file));
        assertThat(form.get("id").asText()).isEqualTo(id);
        assertThat(form.get("schemaVersion").asInt()).isBetween(1, 16);
        assertThat(form.toString()).containsPattern("\\p{IsHan}");
        return form;
    }
}
