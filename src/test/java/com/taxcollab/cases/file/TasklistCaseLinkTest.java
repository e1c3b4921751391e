package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The convention every Tasklist form follows to link to its case page: a form-js text field
 * {@code [查看案卷](/cases/{{caseNumber}})}. The test form is {@code forms/case-file-link-check.form}.
 */
class TasklistCaseLinkTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    TaskService taskService;

    @Test
    void aTaskFormInTasklistLinksToItsCasePage() {
        String caseNumber = caseOpener.open(new NewCase(CaseType.ZY, "CaseFileLinkCheckProcess", "lyg", "表单链接",
                "tax1", Map.of())).caseNumber();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/camunda/app/tasklist/default/#/?task=" + taskId);
            // Tasklist is a large single-page app: give it longer than our own pages to load
            WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/cases/" + caseNumber + "']")));
            assertThat(link.getText()).isEqualTo("查看案卷 " + caseNumber);

            browser.go(link.getDomAttribute("href"));
            assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        }
    }
}
