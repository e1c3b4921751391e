package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseType;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Officers, supervisors and the administrator use Camunda Tasklist, Welcome, Admin and Cockpit in
 * Chinese, whatever language their browser prefers: the translations are our zh.json files, and our
 * config.js of each webapp offers no other language.
 */
class CamundaWebappsChineseTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;

    @Test
    void officerWorksInAChineseTasklist() {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/camunda/app/tasklist/default/");

            assertThat(textOf(browser, ".no-task")).isEqualTo("请在列表中选择一个任务。");
            assertThat(browser.driver().getTitle()).isEqualTo("税费协同共治 任务列表");
            assertThat(browser.text(By.cssSelector(".create-task-action a"))).isEqualTo("新建任务");
            assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .noneMatch(org.openqa.selenium.WebElement::isDisplayed);

            browser.driver().findElement(By.cssSelector(".start-process-action a")).click();

            assertThat(textOf(browser, ".modal-title")).isEqualTo("发起流程");
            assertThat(browser.driver().findElement(By.cssSelector(".modal-header input")).getDomAttribute("placeholder"))
                    .isEqualTo("按流程名称搜索。");
        }
    }

    @Test
    void taskCardTellsTheDueDateInChinese() {
        String caseNumber = caseOpener.open(new NewCase(CaseType.ZY, "CaseFileLinkCheckProcess", "lyg", "到期日显示",
                "tax1", Map.of())).caseNumber();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        taskService.setDueDate(taskId, Date.from(Instant.now().plus(Duration.ofDays(3)).plusSeconds(3600)));

        // a filter of this one task: other tests leave many tasks, some created at a later engine time
        Filter filter = filterService.newTaskFilter("到期日显示校验");
        filter.setQuery(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber));
        filterService.saveFilter(filter);

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/camunda/app/tasklist/default/#/?filter=" + filter.getId() + "&task=" + taskId);

            assertThat(textOf(browser, ".tasks-list li.task.active .due-date")).isEqualTo("到期： 3 天后");
            assertThat(browser.text(By.cssSelector(".tasks-list li.task.active .creation-date"))).startsWith("创建于");
        } finally {
            filterService.deleteFilter(filter.getId());
        }
    }

    @Test
    void tasklistStaysChineseInABrowserThatPrefersEnglish() {
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.loginAs("tax1").go("/camunda/app/tasklist/default/");

            assertThat(textOf(browser, ".no-task")).isEqualTo("请在列表中选择一个任务。");
            assertThat(browser.text(By.cssSelector(".start-process-action a"))).isEqualTo("发起流程");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return navigator.languages[0]"))
                    .isEqualTo("en-US");
        }
    }

    @Test
    void officerSeesApplicationsAndProfileInChineseOnTheWelcomePage() {
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.loginAs("tax1").go("/camunda/app/welcome/default/");

            assertThat(textOf(browser, ".webapps .section-title")).isEqualTo("应用");
            assertThat(browser.text(By.cssSelector(".webapps"))).contains("任务列表");
            assertThat(browser.text(By.cssSelector(".action-links"))).contains("编辑资料", "修改密码");
        }
    }

    @Test
    void administratorManagesUsersInChinese() {
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.loginAs("admin").go("/camunda/app/admin/default/#/users");

            assertThat(textOf(browser, ".section-content header h3")).isEqualTo("用户列表");
            assertThat(browser.text(By.cssSelector("a[href='#/user-create']"))).isEqualTo("添加用户");
            assertThat(browser.text(By.cssSelector(".sections-menu"))).contains("辖区", "授权");
        }
    }

    @Test
    void systemAdministratorWatchesTheEngineOnAChineseCockpitDashboard() {
        try (Browser browser = Browser.open(port, "en-US")) {
            browser.loginAs("admin").go("/camunda/app/cockpit/default/");

            assertThat(textOf(browser, "h1.section-title")).isEqualTo("当前");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已部署"));
            assertThat(browser.text(By.tagName("body")))
                    .contains("运行中的流程实例", "未解决的异常事件", "未完成的人工任务", "流程定义", "决策定义")
                    .doesNotContain("Running Process Instances", "Deployed");
            // the title is translated a moment after the page
            browser.await().until(ExpectedConditions.titleIs("税费协同共治 流程监控 | 概览"));
        }
    }

    /** The element's text once the webapp, a large single-page app, has rendered it with its labels. */
    private static String textOf(Browser browser, String css) {
        By by = By.cssSelector(css);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.and(
                ExpectedConditions.visibilityOfElementLocated(by),
                // before its labels arrive angular-translate shows the bare key, e.g. SELECT_TASK_IN_LIST
                driver -> !driver.findElement(by).getText().matches("[A-Z_]*")));
        return browser.driver().findElement(by).getText();
    }
}
