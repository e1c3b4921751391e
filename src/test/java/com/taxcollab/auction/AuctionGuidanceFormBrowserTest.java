package com.taxcollab.auction;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.court.CourtRequests;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tax officer reviews the drafted estimate in Tasklist: the DMN's taxes are on the form, with the case link. */
class AuctionGuidanceFormBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;

    @Test
    void theGuidanceFormShowsTheDraftedEstimate() {
        String caseNumber = CourtRequests.open(http, "hzcourt1", CourtRequests.auction("haizhou"));
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_IssueGuidance").singleResult().getId();

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("hztax1").go("/camunda/app/tasklist/default/#/?task=" + taskId);
            WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/cases/" + caseNumber + "']")));
            assertThat(link.getText()).isEqualTo("查看案卷 " + caseNumber);
            String form = browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
            assertThat(form).contains("税负测算", "增值税", "契税", "买受人", "已知欠税");
        }
    }
}
