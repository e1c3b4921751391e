package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer opens the workbench in Chromium, sees which case each task belongs to and claims one. */
class WorkbenchPageTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void anOfficerStartsADisputeFromTheWorkbenchAndIsToldWhatIsMissingThenTheCaseNumber() {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("registry1").go("/workbench");
            assertThat(browser.driver().findElements(By.linkText("发起不动产查封协助"))).as("only tax issues seizures")
                    .isEmpty();
            browser.driver().findElement(By.linkText("发起争议协调")).click();
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("departments")))
                    .selectByVisibleText("不动产登记中心");
            browser.driver().findElement(By.id("start-submit")).click();

            assertThat(browser.text(By.cssSelector("#start-result .problems"))).contains("争议事项");
            assertThat(browser.driver().findElements(By.cssSelector(".field-problem"))).isNotEmpty();

            var departments = new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("departments")));
            departments.selectByVisibleText("市场监督管理局");
            browser.driver().findElement(By.id("matter")).sendKeys("存量房交易信息共享口径");
            browser.driver().findElement(By.id("description")).sendKeys("推送字段与频次需要统一。");
            browser.driver().findElement(By.id("start-submit")).click();

            WebElement started = browser.await().until(d -> d.findElement(By.id("started-case")));
            assertThat(started.getText()).startsWith("ZY-");
            assertThat(started.getAttribute("href")).contains("/cases/ZY-");
            String caseNumber = started.getText().substring(0, started.getText().indexOf('（'));
            browser.go("/workbench");
            assertThat(browser.text(By.id("started"))).as("我发起的").contains(caseNumber, "存量房交易信息共享口径");
        }
        var mine = http.withBasicAuth("registry1", "demo").getForObject("/api/tasks?view=started", String.class);
        assertThat(mine).as("我发起的").contains("存量房交易信息共享口径", "\"statusLabel\"");
        assertThat(http.withBasicAuth("registry1", "demo").getForObject("/api/case-types/startable", String.class))
                .contains("\"type\":\"ZY\"").doesNotContain("\"type\":\"CF\"");
        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/case-types/startable", String.class))
                .contains("\"type\":\"CF\"", "/api/seizures");
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/api/tasks?view=everything", String.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anOfficerSeesEachTasksCaseAndClaimsItInOneClick() {
        String caseNumber = (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "工作台测试争议",
                "description", "签收测试"), Map.class).getBody().get("caseNumber");

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/");
            assertThat(browser.text(By.tagName("h1"))).as("an officer's home page is the workbench").isEqualTo("工作台");
            assertThat(browser.text(By.id("user-departments"))).isEqualTo("税务局");
            browser.await().until(d -> !d.findElement(By.id("todo-count")).getText().isBlank());
            assertThat(Integer.parseInt(browser.text(By.id("todo-count")))).as("the header's 待办 count")
                    .isEqualTo(http.withBasicAuth("tax1", "demo").getForObject("/api/tasks/count", Map.class).get("todo"));
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]"));
            assertThat(row.getText()).contains("税务局牵头协商", caseNumber, "工作台测试争议");
            assertThat(row.findElement(By.cssSelector(".light")).getText()).isIn("正常", "临期", "逾期");

            row.findElement(By.cssSelector("button.claim")).click();

            assertThat(browser.text(By.id("workbench-message"))).contains("已签收");
            WebElement claimed = browser.driver().findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]"));
            assertThat(claimed.getText()).contains("已签收");
            assertThat(claimed.findElements(By.cssSelector("button.claim"))).isEmpty();
            assertThat(claimed.findElement(By.cssSelector("button.open-task")).findElement(By.xpath(".."))
                    .getAttribute("action")).as("办理 opens the task page").matches(".*/workbench/tasks/[^/]+/open");
        }
    }
}
