package com.taxcollab.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The models of {@code bpmn/} and {@code forms/} as Tasklist and Modeler need them: every form a
 * process refers to exists, forms are form-js schema 16 at most, every element has its diagram.
 */
class ProcessModelFilesTest {

    static final Path BPMN = Path.of("bpmn");
    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFormReferencedByAProcessExistsAndEveryFormIsSchema16AtMost() throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path form : files(FORMS, ".form")) {
            JsonNode schema = JSON.readTree(form.toFile());
            assertThat(schema.path("schemaVersion").asInt(99)).as("schemaVersion of %s", form).isLessThanOrEqualTo(16);
            assertThat(formIds.add(schema.path("id").asText())).as("form id of %s is unique", form).isTrue();
        }
        for (Path bpmn : files(BPMN, ".bpmn")) {
            String xml = Files.readString(bpmn);
            var matcher = java.util.regex.Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(xml);
            while (matcher.find()) {
                assertThat(formIds).as("form %s referenced by %s", matcher.group(1), bpmn).contains(matcher.group(1));
            }
        }
    }

    @Test
    void everyProcessHasAHistoryTimeToLiveAndEveryElementItsDiagram() throws IOException {
        for (Path file : files(BPMN, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(Process.class).forEach(process ->
                    assertThat(process.getCamundaHistoryTimeToLiveString()).as("TTL of %s", process.getId()).isNotBlank());
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
            Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
                    model.getModelElementsByType(SequenceFlow.class).stream()).map(BaseElement::getId)
                    .forEach(id -> assertThat(drawn).as("diagram of %s in %s", id, file).contains(id));
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
