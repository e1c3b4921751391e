package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every process team finds its step in application.yaml and the {@code workingDays} bean for BPMN. */
class DeadlineConfigurationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DeadlineProperties deadlines;

    @Test
    void stepsOfTheFirstFiveProcessesAreConfiguredWithTheDesignDefaults() {
        assertThat(deadlines.steps()).containsKeys("default", "dispute-negotiation", "dispute-government-decision",
                "dispute-confirmation", "seizure-registration", "seizure-release", "auction-guidance",
                "auction-assessment", "bankruptcy-acknowledgement", "rectification-item");
        assertThat(deadlines.steps().get("dispute-negotiation")).isEqualTo(new DeadlineProperties.Step(10, null, 2, 0));
        assertThat(deadlines.steps().get("dispute-government-decision").days()).isEqualTo(15);
        assertThat(deadlines.steps().get("default")).isEqualTo(new DeadlineProperties.Step(5, null, 2, 0));
        assertThat(deadlines.steps().get("rectification-item"))
                .isEqualTo(new DeadlineProperties.Step(null, null, 3, 5));
    }

    @Test
    void bpmnExpressionsFindTheWorkingDaysBean() {
        assertThat(context.getBean("workingDays")).isInstanceOf(WorkingDayExpressions.class);
    }
}
