package com.taxcollab.assessment;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** super1 reads the assessment in Chromium: the ranking, the trend chart, a drill-down to the cases, the export. */
class AssessmentPageTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    @Test
    void aSupervisorDrillsFromADepartmentsOverdueCountToItsCasesAndExports() {
        ClockUtil.setCurrentTime(at("2026-11-02T10:00:00+08:00"));
        String caseNumber = (String) http.withBasicAuth("hzcourt1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "haizhou", "departments", List.of("court", "realestate"), "matter", "考核页面测试争议",
                "description", "十一月的协同事项"), Map.class).getBody().get("caseNumber");
        ClockUtil.setCurrentTime(at("2026-11-30T10:00:00+08:00"));
        String period = "from=2026-11-01&to=2026-11-30&jurisdiction=haizhou";

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1").go("/assessment?" + period);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("目标责任考核");
            WebElement tax = browser.driver().findElement(By.cssSelector("#ranking tr[data-department='tax']"));
            assertThat(tax.getText()).contains("税务局");
            browser.await().until(d -> "true".equals(d.findElement(By.id("chart-trend"))
                    .getAttribute("data-rendered")));
            assertThat(browser.driver().findElement(By.id("chart-trend")).getAttribute("data-months"))
                    .isEqualTo("2026-11");
            assertThat(browser.driver().findElements(By.cssSelector("#chart-trend canvas"))).isNotEmpty();

            tax.findElements(By.tagName("a")).get(4).click();
            assertThat(browser.driver().getCurrentUrl()).contains("count=OVERDUE");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).as("the cases behind the number")
                    .contains(caseNumber, "已逾期");
        }
        ResponseEntity<byte[]> xlsx = http.withBasicAuth("super1", "demo").getForEntity("/api/assessment.xlsx?"
                + period, byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).startsWith("目标责任考核_2026-11-01");
    }
}
