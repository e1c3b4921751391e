package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.taxcollab.support.DatabasePlug;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** With the database out, requests answer 503 within seconds, and everything works again once it is back. */
class DatabaseOutageTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    DatabasePlug plug = TestDatabase.get().plug();

    @Autowired
    javax.sql.DataSource dataSource;

    /** Other tests come next: no connection the outage broke may be left in the pool for them. */
    @AfterEach
    void plugBackIn() {
        plug.plugIn();
        ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
    }

    @Test
    void aRequestDuringAnOutageAnswers503QuicklyAndTheServiceRecovers() {
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/api/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        plug.pull();
        Instant asked = Instant.now();
        ResponseEntity<String> during = http.withBasicAuth("tax1", "demo").getForEntity("/api/cases", String.class);
        Duration waited = Duration.between(asked, Instant.now());
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        Duration healthWaited = Duration.between(asked, Instant.now()).minus(waited);

        assertThat(during.getStatusCode()).as(during.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(during.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(during.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(during.getBody()).contains("服务暂不可用");
        assertThat(waited).isLessThan(Duration.ofSeconds(6));
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(healthWaited).isLessThan(Duration.ofSeconds(6));

        plug.plugIn();
        // the pool finds the connections the outage broke as it hands them out, and replaces them
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> http
                .withBasicAuth("tax1", "demo").getForEntity("/api/cases", String.class).getStatusCode() == HttpStatus.OK);
    }
}
