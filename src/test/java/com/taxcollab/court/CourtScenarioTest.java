package com.taxcollab.court;

import com.taxcollab.support.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
    @Autowired
    protected ProcessEngine processEngine;

    protected Scenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new Scenario(taskService, runtimeService, managementService, jdbc);
        // the app shares one engine: camunda-bpm-assert must be told which
        AbstractAssertions.init(processEngine);
    }

    protected ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }
}
