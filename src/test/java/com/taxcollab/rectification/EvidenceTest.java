package com.taxcollab.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The unit attaches evidence to its own item; it lands in the case file. */
class EvidenceTest extends RectificationScenarioSupport {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void unitAttachesEvidenceToItsItemAndTheLedgerCountsIt() {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("证据问题", "tax", "2026-10-09"));
        long item = itemIds(batch).get(0);

        ResponseEntity<Map> response = attach("tax1", item, "整改照片.png", PNG);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForList("SELECT kind FROM case_documents WHERE case_number = ?", String.class, batch))
                .containsExactly("整改证据（第1项）");
        List<?> items = (List<?>) rest.withBasicAuth("tax1", "demo")
                .getForEntity("/api/rectifications/items?batch=" + batch, Map.class).getBody().get("items");
        assertThat((Map<String, Object>) items.get(0)).containsEntry("evidence", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewFormLinksTheItemsEvidence() {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("证据链接问题", "tax", "2026-10-09"));
        long item = itemIds(batch).get(0);
        attach("tax1", item, "整改前后对比.png", PNG);
        report(item);

        Task review = task(item, "Task_Review");
        Map<String, Object> values = (Map<String, Object>) rest.withBasicAuth("super1", "demo")
                .getForEntity("/api/tasks/" + review.getId(), Map.class).getBody().get("values");
        long document = jdbc.queryForObject("SELECT document_id FROM rectification_evidence WHERE item_id = ?",
                Long.class, item);
        assertThat((String) values.get("itemEvidence")).as("the review form links the evidence")
                .contains("[整改前后对比.png](/api/cases/" + batch + "/documents/" + document + ")");
        assertThat(rest.withBasicAuth("super1", "demo").getForEntity("/api/cases/" + batch + "/documents/" + document,
                byte[].class).getStatusCode()).as("and the reviewer may open it").isEqualTo(HttpStatus.OK);
    }

    @Test
    void otherUnitsCannotAttachAndOnlyDocumentsAreAccepted() {
        now("2026-09-21T10:00:00");
        String batch = openBatch("lyg", item("证据问题二", "tax", "2026-10-09"));
        long item = itemIds(batch).get(0);

        assertThat(attach("court1", item, "a.png", PNG).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(attach("lead1", item, "a.png", PNG).getStatusCode()).as("overseers see the item, they do not rectify it")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(attach("super1", item, "a.png", PNG).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> notADocument = attach("tax1", item, "a.txt", "just text".getBytes());
        assertThat(notADocument.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RectificationApiTest.fields(notADocument)).containsExactly("file");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rectification_evidence WHERE item_id = ?", Integer.class,
                item)).isZero();
    }

    private ResponseEntity<Map> attach(String user, long item, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/rectifications/items/" + item + "/evidence",
                new HttpEntity<>(body, headers), Map.class);
    }
}
