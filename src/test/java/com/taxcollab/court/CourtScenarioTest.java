package com.taxcollab.court;

import com.taxcollab.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of the court processes' scenario tests: the court's API, the engine, what people were told. */
public abstract class CourtScenarioTest extends IntegrationTest {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected JdbcTemplate jdbc;

    protected Scenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new Scenario(taskService, runtimeService, managementService, jdbc);
    }
}
