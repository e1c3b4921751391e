package com.taxcollab.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * At the end of the test run, the share of each model in {@code bpmn/} that {@link ProcessCoverage}
 * saw walked, with the elements that were not, printed and written to
 * {@code target/process-test-coverage.md}. Registered in {@code META-INF/services}.
 */
public class ProcessCoverageReport implements LauncherSessionListener {

    private static final Path MODELS = Path.of("bpmn");
    private static final Path REPORT = Path.of("target", "process-test-coverage.md");

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (ProcessCoverage.walked().isEmpty() || !Files.isDirectory(MODELS)) {
            return;
        }
        StringBuilder report = new StringBuilder("| process | flow nodes | sequence flows | timeout listeners | not walked |\n"
                + "|---|---|---|---|---|\n");
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    report.append(row(process, model));
                }
            }
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + REPORT, e);
        }
        System.out.println("Process test coverage (" + REPORT + "):\n" + report);
    }

    private static String row(Process process, BpmnModelInstance model) {
        Set<String> walked = ProcessCoverage.walked().getOrDefault(process.getId(), Set.of());
        List<String> nodes = ids(model.getModelElementsByType(FlowNode.class), process);
        List<String> flows = ids(model.getModelElementsByType(SequenceFlow.class), process);
        List<String> timeouts = model.getModelElementsByType(CamundaTaskListener.class).stream()
                .filter(l -> "timeout".equals(l.getCamundaEvent()) && l.getAttributeValue("id") != null)
                .map(l -> "timeout:" + l.getAttributeValue("id")).distinct().toList();
        Map<String, List<String>> missing = new TreeMap<>();
        missing.put("nodes", nodes.stream().filter(id -> !walked.contains(id)).toList());
        // the engine takes no flow out of an event-based gateway: the event it waited for starts
        missing.put("flows", model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(f -> belongsTo(f, process) && !walked.contains(f.getId())
                        && !(f.getSource() instanceof EventBasedGateway && walked.contains(f.getTarget().getId())))
                .map(SequenceFlow::getId).toList());
        missing.put("timeouts", timeouts.stream().filter(id -> !walked.contains(id)).toList());
        List<String> gaps = missing.values().stream().flatMap(List::stream).toList();
        return "| " + process.getId() + " | " + ratio(nodes, missing.get("nodes")) + " | "
                + ratio(flows, missing.get("flows")) + " | " + ratio(timeouts, missing.get("timeouts")) + " | "
                + (gaps.isEmpty() ? "—" : String.join(", ", gaps)) + " |\n";
    }

    private static List<String> ids(Collection<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> all,
            Process process) {
        return all.stream().filter(e -> belongsTo(e, process)).map(e -> e.getId()).toList();
    }

    private static boolean belongsTo(org.camunda.bpm.model.xml.instance.ModelElementInstance element, Process process) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent.equals(process)) {
                return true;
            }
        }
        return false;
    }

    private static String ratio(List<String> all, List<String> missing) {
        int walked = all.size() - missing.size();
        return walked + "/" + all.size() + (all.isEmpty() ? "" : " (" + (100 * walked / all.size()) + " %)");
    }
}
