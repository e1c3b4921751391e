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
    void anOfficerSeesEachTasksCaseAndClaimsItInOneClick() {
        String caseNumber = (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "工作台测试争议",
                "description", "签收测试"), Map.class).getBody().get("caseNumber");

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/");
            browser.driver().findElement(By.id("app-workbench")).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("工作台");
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
            assertThat(claimed.findElement(By.cssSelector("a.open-task")).getAttribute("href"))
                    .contains("/camunda/app/tasklist/default/#/?task=");
        }
    }
}
