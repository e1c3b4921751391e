package com.taxcollab.exitcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.Browser;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Chromium: tax1 asks for an exit control from 发起; immigration's officer finds 办理边控登记 in the
 * workbench, registers the control in Tasklist, and the case page says 边控中.
 */
class ExitControlBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void taxAsksImmigrationRegistersTheControlFromItsWorkbench() throws IOException {
        String caseNumber;
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/workbench");
            browser.driver().findElement(By.linkText("发起阻止出境")).click();
            browser.driver().findElement(By.id("personName")).sendKeys("张三");
            browser.driver().findElement(By.id("personIdNumber")).sendKeys(Identities.residentId());
            browser.driver().findElement(By.id("unpaidAmount")).sendKeys("386000");
            browser.driver().findElement(By.id("noticeNo")).sendKeys("连税边〔2026〕21号");
            browser.driver().findElement(By.id("start-submit")).click();
            assertThat(browser.text(By.cssSelector("#start-result .problems"))).contains("边控对象通知书");

            browser.driver().findElement(By.id("document-0")).sendKeys(pdf("边控对象通知书").toString());
            browser.driver().findElement(By.id("start-submit")).click();
            WebElement started = browser.await().until(d -> d.findElement(By.id("started-case")));
            caseNumber = started.getText().substring(0, started.getText().indexOf('（'));
            assertThat(caseNumber).startsWith("BK-");
        }

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("immig1").go("/workbench");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]"));
            assertThat(row.getText()).contains("办理边控登记");
            row.findElement(By.cssSelector("button.open-task")).click();
            WebDriverWait taskPage = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            taskPage.until(ExpectedConditions.elementToBeClickable(By.id("task-complete")));
            taskPage.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[@id='task-form']//label[contains(., '边控登记号')]/following::input[1]")))
                    .sendKeys("BK2026-0601");
            browser.driver().findElement(By.id("task-complete")).click();
            taskPage.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey("Task_RegisterControl").count() == 0);

            browser.go("/cases/" + caseNumber);
            assertThat(browser.text(By.tagName("main"))).contains("边控中", "BK2026-0601", "张三");
        }
        assertThat(jdbc.queryForObject("SELECT status FROM exit_controls WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("CONTROLLED");
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, SampleFiles.pdf(name));
        file.toFile().deleteOnExit();
        return file.toAbsolutePath();
    }
}
