package com.taxcollab.rectification;

import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.tasks.FormFacts;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence a unit uploaded for the rectification item of a task, as links the review form shows
 * ({@code itemEvidence}, markdown): the reviewer opens each beside the report it supports.
 */
@Component
class ItemEvidenceFacts implements FormFacts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final EngineAsSystem engine;

    ItemEvidenceFacts(JdbcTemplate jdbc, TaskService taskService, EngineAsSystem engine) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.engine = engine;
    }

    @Override
    public Map<String, Object> of(Task task) {
        // only a rectification item's tasks carry the variable
        Object item = engine.call(() -> taskService.getVariable(task.getId(), RectificationVariables.ITEM_ID));
        if (!(item instanceof Number id)) {
            return Map.of();
        }
        List<String> links = jdbc.query("""
                SELECT d.id, d.case_number, d.file_name, d.uploaded_at FROM rectification_evidence e
                JOIN case_documents d ON d.id = e.document_id WHERE e.item_id = ? ORDER BY d.uploaded_at""",
                (rs, n) -> "- [" + rs.getString("file_name").replace("]", "］") + "](/api/cases/"
                        + rs.getString("case_number") + "/documents/" + rs.getLong("id") + ")（上传于 "
                        + rs.getObject("uploaded_at", OffsetDateTime.class).atZoneSameInstant(ChinaTime.ZONE)
                                .format(WHEN) + "）", id.longValue());
        return Map.of("itemEvidence", links.isEmpty() ? "责任单位尚未上传整改证据。" : String.join("\n", links));
    }
}
