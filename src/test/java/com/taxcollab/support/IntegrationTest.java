package com.taxcollab.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a real HTTP port, on PostgreSQL. All
 * subclasses share one Spring context, so keep their configuration identical.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        // the engine checks for its tables in this schema only, not in leftovers elsewhere in the database
        registry.add("camunda.bpm.database.schema-name", db::schema);
        registry.add("camunda.bpm.database.table-prefix", () -> db.schema() + ".");
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer mail = TestMailServer.get();
        registry.add("spring.mail.host", mail::host);
        registry.add("spring.mail.port", mail::port);
    }

    /** The suite's catalog of assistance duties is a file, the bundled one at first, that a test may edit. */
    @DynamicPropertySource
    static void assistanceCatalog(DynamicPropertyRegistry registry) {
        registry.add("taxcollab.assistance.catalog", () -> "file:" + TestCatalog.get().path().toAbsolutePath());
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }
}
