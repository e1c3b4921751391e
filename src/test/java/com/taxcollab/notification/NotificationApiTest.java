package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.support.IntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Everyone reads and marks only their own messages; anybody else's do not exist for them. */
class NotificationApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Notifier notifier;
    @Autowired
    NotificationTestUsers users;
    @Autowired
    NotificationRepository notifications;

    String reader;
    String other;

    @BeforeEach
    void twoUsersWithMessages() {
        reader = users.create("reader");
        other = users.create("other");
        Instant t = Instant.parse("2026-01-05T01:00:00Z");
        for (String title : List.of("第一条", "第二条", "第三条")) {
            ClockUtil.setCurrentTime(Date.from(t));
            tell(reader, title);
            t = t.plusSeconds(60);
        }
        ClockUtil.setCurrentTime(Date.from(t));
        tell(other, "别人的消息");
        ClockUtil.reset();
    }

    @Test
    void listsOnlyTheCallersMessagesNewestFirstPageByPageWithTheUnreadCount() {
        JsonNode first = get(reader, "/api/notifications?size=2").getBody();
        JsonNode second = get(reader, "/api/notifications?size=2&page=1").getBody();

        assertThat(titles(first)).containsExactly("第三条", "第二条");
        assertThat(titles(second)).containsExactly("第一条");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("unread").asLong()).isEqualTo(3);
        assertThat(first.get("items").get(0).get("caseUrl").asText())
                .isEqualTo("http://localhost:8080/cases/ZY-2026-000999");
        assertThat(first.get("items").get(0).get("casePath").asText()).isEqualTo("/cases/ZY-2026-000999");
    }

    @Test
    void markingOwnMessageReadLowersTheUnreadCount() {
        String id = idOf(reader, "第二条");

        ResponseEntity<String> marked = post(reader, "/api/notifications/" + id + "/read");

        assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode page = get(reader, "/api/notifications").getBody();
        assertThat(page.get("unread").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(1).get("read").asBoolean()).isTrue();
    }

    @Test
    void anotherUsersMessageIsNotFoundAndStaysUnread() {
        String othersId = idOf(other, "别人的消息");

        ResponseEntity<String> attempt = post(reader, "/api/notifications/" + othersId + "/read");

        assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(attempt.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(attempt.getBody()).doesNotContain("别人的消息");
        assertThat(get(other, "/api/notifications").getBody().get("unread").asLong()).isEqualTo(1);
        assertThat(titles(get(reader, "/api/notifications").getBody())).doesNotContain("别人的消息");
    }

    @Test
    void withoutLoginThereAreNoMessages() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/notifications", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void oversizedPageIsRefusedNamingTheField() {
        ResponseEntity<JsonNode> response = get(reader, "/api/notifications?size=1000");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    @Test
    void userWhoTurnsEmailOffGetsLaterMessagesInAppOnly() {
        ResponseEntity<JsonNode> saved = put(reader, Map.of("emailEnabled", false));
        tell(reader, "关闭邮件之后");

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(reader, "/api/notifications/preferences").getBody().get("emailEnabled").asBoolean()).isFalse();
        StoredNotification later = notifications.forRecipient(reader, 0, 1).get(0);
        assertThat(later.title()).isEqualTo("关闭邮件之后");
        assertThat(later.emailStatus()).isEqualTo(StoredNotification.EmailStatus.NONE);
    }

    @Test
    void onlySupervisorsMayChooseTheDailyDigest() {
        String supervisor = users.create("supervisor", "supervision");

        ResponseEntity<JsonNode> refused = put(reader, Map.of("emailEnabled", true, "dailyDigest", true));
        ResponseEntity<JsonNode> accepted = put(supervisor, Map.of("emailEnabled", true, "dailyDigest", true));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("dailyDigest");
        assertThat(get(reader, "/api/notifications/preferences").getBody().get("dailyDigest").asBoolean()).isFalse();
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().get("dailyDigest").asBoolean()).isTrue();
    }

    private void tell(String user, String title) {
        notifier.notify(Notification.aboutCase(NotificationEvent.ESCALATION, Set.of(user), title, "测试正文",
                "ZY-2026-000999", "lyg"));
    }

    private String idOf(String user, String title) {
        return notifications.forRecipient(user, 0, 10).stream().filter(n -> n.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<String> post(String user, String path) {
        return http.withBasicAuth(user, "demo").postForEntity(path, null, String.class);
    }

    private ResponseEntity<JsonNode> put(String user, Map<String, Object> body) {
        return http.withBasicAuth(user, "demo").exchange("/api/notifications/preferences", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
    }

    private static List<String> titles(JsonNode page) {
        return page.get("items").findValuesAsText("title");
    }
}
