package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer works a task on the task page in Chromium: the form beside its case, a mistake shown
 * beside its field in Chinese, 暂存 that survives a reload, 完成 and the task in 已办.
 */
class TaskPageBrowserTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @LocalServerPort
    int port;

    private String openDispute(String matter) {
        return (String) http.withBasicAuth("court1", "demo").postForEntity("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", matter,
                "description", "网签价格与评估价差异较大，计税依据如何确定。"), Map.class).getBody().get("caseNumber");
    }

    @Test
    void anOfficerFindsATaskByItsTitleWorksItBesideItsCaseAndSeesItInDone() {
        String matter = "任务页测试：存量房计税依据";
        String caseNumber = openDispute(matter);

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/workbench");
            browser.driver().findElement(By.id("filter-q")).sendKeys(caseNumber);
            browser.driver().findElement(By.id("filter-apply")).click();
            WebElement row = browser.await().until(d -> d.findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]")));
            assertThat(row.getText()).contains(matter);
            row.findElement(By.cssSelector("button.open-task")).click();

            assertThat(browser.text(By.id("task-name"))).isEqualTo("税务局牵头协商");
            String page = browser.driver().getCurrentUrl();
            assertThat(browser.text(By.id("task-case"))).isEqualTo(caseNumber);
            assertThat(browser.driver().findElements(By.id("task-claim"))).as("opening it claimed it").isEmpty();
            assertThat(browser.text(By.id("case-facts"))).as("the case beside the form").contains(matter);
            assertThat(browser.text(By.id("timeline"))).contains("立案");
            WebElement complete = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("task-complete")));
            assertThat(browser.text(By.id("task-form"))).contains("协商结果", "达成一致", matter);

            complete.click();
            assertThat(browser.text(By.cssSelector("#task-form .fjs-form-field-error"))).isEqualTo("必须填写。");
            assertThat(browser.text(By.id("task-errors"))).contains("请先修正");

            browser.driver().findElement(By.xpath("//div[@id='task-form']//label[normalize-space(.)='达成一致']"))
                    .click();
            WebElement agreement = browser.await().until(d -> d.findElement(By.cssSelector("#task-form textarea")));
            agreement.sendKeys("以网签价格为计税依据，评估价仅作参考。");
            browser.driver().findElement(By.id("task-draft")).click();
            browser.await().until(d -> d.findElement(By.id("draft-state")).getText().contains("已暂存"));

            browser.driver().navigate().refresh();
            WebElement restored = browser.await().until(d -> d.findElement(By.cssSelector("#task-form textarea")));
            browser.await().until(d -> restored.getAttribute("value").contains("网签价格"));
            assertThat(browser.text(By.id("draft-state"))).contains("已载入您");

            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("task-complete"))).click();
            browser.await().until(ExpectedConditions.not(ExpectedConditions.urlToBe(page)));
            assertThat(browser.text(By.id("flash"))).contains("已办结：税务局牵头协商", caseNumber);

            browser.go("/");
            browser.driver().findElement(By.id("done-q")).sendKeys(matter);
            browser.driver().findElement(By.id("done-apply")).click();
            // the unsearched 已办 already lists the task: wait for the searched page, not the old one
            browser.await().until(ExpectedConditions.urlContains("doneQ="));
            WebElement done = browser.await().until(d -> d.findElement(By.xpath(
                    "//section[@id='done']//tr[.//a[text()='" + caseNumber + "']]")));
            assertThat(done.getText()).as("已办, found by the case's title, with the decision taken")
                    .contains("税务局牵头协商", "协商结果：达成一致");
            assertThat(browser.driver().findElements(By.cssSelector("#done tbody tr"))).hasSize(1);
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_Negotiate").count()).isZero();
    }

    @Test
    void aCourtOpensAnAuctionFromStartAndTaxWorksItFromTodo() {
        String courtCaseNumber = "（2026）苏07执恢" + (700 + (int) (Math.random() * 200)) + "号";
        String caseNumber;
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("court1").go("/workbench");
            browser.driver().findElement(By.linkText("发起司法拍卖税费指引")).click();
            browser.await().until(ExpectedConditions.elementToBeClickable(By.id("start-submit")));
            type(browser, "法院名称", "连云港市中级人民法院");
            type(browser, "案号", courtCaseNumber);
            choose(browser, "财产类型", "住宅");
            type(browser, "财产坐落", "海州区朝阳东路66号5幢801室");
            type(browser, "面积", "96.3");
            type(browser, "评估价", "980000");
            type(browser, "起拍价", "686000");
            choose(browser, "被执行人类型", "自然人");
            type(browser, "被执行人名称", "钱七");
            type(browser, "身份证号码", "320706198001011236");
            type(browser, "拍卖平台", "人民法院诉讼资产网");
            WebElement date = field(browser, "计划拍卖日期");
            date.sendKeys(date.getAttribute("placeholder").startsWith("年") ? "2027/02/10" : "02/10/2027", Keys.TAB);
            browser.driver().findElement(By.id("start-submit")).click();

            browser.await().until(ExpectedConditions.or(ExpectedConditions.urlContains("/cases/PM-"),
                    ExpectedConditions.visibilityOfElementLocated(By.id("task-errors"))));
            assertThat(browser.driver().getCurrentUrl()).as("%s", browser.driver().findElements(By.cssSelector(
                    ".fjs-has-errors, #task-errors")).stream().map(WebElement::getText).toList()).contains("/cases/PM-");
            caseNumber = browser.text(By.id("case-number"));
            assertThat(browser.text(By.id("flash"))).contains("已立案：" + caseNumber);
            assertThat(browser.text(By.id("case-title"))).contains("钱七", "海州区朝阳东路66号5幢801室");
        }
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/workbench");
            browser.driver().findElement(By.id("filter-q")).sendKeys("钱七");
            browser.driver().findElement(By.id("filter-apply")).click();
            WebElement row = browser.await().until(d -> d.findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]")));
            row.findElement(By.cssSelector("button.open-task")).click();
            assertThat(browser.text(By.id("task-name"))).isEqualTo("审核并出具税费指引");
            assertThat(browser.text(By.id("parties"))).as("the case beside the form").contains("钱七");
            WebElement complete = browser.await().until(ExpectedConditions.elementToBeClickable(By.id("task-complete")));
            String page = browser.driver().getCurrentUrl();

            complete.click();
            assertThat(browser.text(By.cssSelector("#task-form .fjs-form-field-error"))).isEqualTo("必须填写。");
            type(browser, "已知欠税", "0");
            browser.driver().findElement(By.id("task-complete")).click();

            browser.await().until(ExpectedConditions.not(ExpectedConditions.urlToBe(page)));
            assertThat(browser.text(By.id("flash"))).contains("已办结：审核并出具税费指引", caseNumber);
            browser.go("/workbench");
            assertThat(browser.text(By.id("done"))).contains(caseNumber, "审核并出具税费指引");
        }
    }

    /** The form-js input whose label says the text. */
    private static WebElement field(Browser browser, String label) {
        WebElement labelled = browser.driver().findElement(By.xpath(
                "//div[@id='task-form']//label[contains(normalize-space(.), '" + label + "')]"));
        return browser.driver().findElement(By.id(labelled.getAttribute("for")));
    }

    private static void type(Browser browser, String label, String text) {
        field(browser, label).sendKeys(text);
    }

    /** Opens a form-js select by its label and picks the option. */
    private static void choose(Browser browser, String label, String option) {
        WebElement labelled = browser.driver().findElement(By.xpath(
                "//div[@id='task-form']//label[contains(normalize-space(.), '" + label + "')]"));
        labelled.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"
                + "//div[contains(@class,'fjs-input-group')]")).click();
        browser.await().until(d -> d.findElement(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')"
                + " and normalize-space(.)='" + option + "']"))).click();
    }
}
