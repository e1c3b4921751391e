package com.taxcollab.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.Browser;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Chromium: tax1 files an 环境保护税复核 request from 发起 with its two documents, the ecology
 * officer answers it from the workbench (办理 → Tasklist), and tax1 reads the verdict on the case page.
 */
class AssistanceBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void taxFilesAnEnvironmentalTaxReviewTheEcologyOfficerAnswersAndTaxReadsTheVerdict() throws IOException {
        Path letter = pdf("协助函");
        Path form = pdf("复核申请表");
        String caseNumber;
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/workbench");
            browser.driver().findElement(By.linkText("发起协助请求")).click();
            new Select(browser.driver().findElement(By.id("duty"))).selectByValue("envtax-review");
            browser.driver().findElement(By.id("taxpayerName")).sendKeys("连云港某某化工有限公司");
            browser.driver().findElement(By.id("taxpayerUscc")).sendKeys(AssistanceScenarios.TAXPAYER_USCC);
            browser.driver().findElement(By.id("request")).sendKeys("第三季度申报排放量低于在线监测数据，请复核。");
            browser.driver().findElement(By.id("start-submit")).click();
            assertThat(browser.text(By.cssSelector("#start-result .problems"))).as("the documents are required")
                    .contains("缺少必备文书：协助函、复核申请表");

            List<WebElement> files = browser.driver().findElements(By.cssSelector("#documents input[type=file]"));
            assertThat(files).hasSize(2);
            files.get(0).sendKeys(letter.toAbsolutePath().toString());
            files.get(1).sendKeys(form.toAbsolutePath().toString());
            browser.driver().findElement(By.id("start-submit")).click();
            WebElement started = browser.await().until(d -> d.findElement(By.id("started-case")));
            caseNumber = started.getText().substring(0, started.getText().indexOf('（'));
            assertThat(caseNumber).startsWith("XZ-");
        }

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("eco1").go("/workbench");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]"));
            assertThat(row.getText()).contains("办理协助请求");
            row.findElement(By.cssSelector("button.open-task")).click();
            WebDriverWait taskPage = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            taskPage.until(ExpectedConditions.elementToBeClickable(By.id("task-complete")));
            choose(taskPage, "答复协助意见");
            choose(taskPage, "属实");
            taskPage.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[@id='task-form']//label[contains(., '协助意见')]/following::textarea[1]")))
                    .sendKeys("经复核，申报数据属实。");
            browser.driver().findElement(By.id("task-complete")).click();
            taskPage.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey("Task_Answer").count() == 0);
        }

        new EngineSteps(taskService, managementService, jdbc).complete(http, "tax1",
                taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey("Task_ReviewAnswer").singleResult(), Map.of("answerReview", "CONFIRM"));
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/cases/" + caseNumber);
            String page = browser.text(By.tagName("main"));
            assertThat(page).contains("环境保护税纳税申报异常复核", "复核结论", "属实", "经复核，申报数据属实。", "协助办结",
                    "生态环境局");
        }
    }

    /** A person picks a radio option of a form-js form by its label. */
    private static void choose(WebDriverWait wait, String option) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='task-form']//label[normalize-space()='" + option + "']")))
                .click();
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, SampleFiles.pdf(name));
        file.toFile().deleteOnExit();
        return file;
    }
}
