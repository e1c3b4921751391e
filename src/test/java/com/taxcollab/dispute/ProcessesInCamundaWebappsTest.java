package com.taxcollab.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Both processes show their diagrams in Cockpit, and their tasks open with Chinese forms in Tasklist. */
class ProcessesInCamundaWebappsTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    @Test
    void cockpitDrawsTheDisputeAndSeizureDiagrams() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("admin");
            for (var shown : List.of(Map.entry("DisputeEscalationProcess", "Task_GovernmentDecision"),
                    Map.entry("PropertySeizureAssistanceProcess", "Task_DecideRenewal"))) {
                String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(shown.getKey())
                        .latestVersion().singleResult().getId();
                browser.go("/camunda/app/cockpit/default/#/process-definition/" + id + "/runtime");
                browser.await().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-element-id='" + shown.getValue() + "']")));
                screenshot(browser, shown.getKey());
            }
        }
    }

    @Test
    void tasklistOpensTheNegotiationTaskWithItsChineseFormAndTheCaseLink() throws Exception {
        Map<?, ?> filed = http.withBasicAuth("court1", "demo").postForObject("/api/disputes", Map.of(
                "jurisdiction", "lyg", "departments", List.of("court", "realestate"), "matter", "查封信息共享",
                "description", "分歧说明"), Map.class);
        String caseNumber = (String) filed.get("caseNumber");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1");
            browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "协商结果"));
            screenshot(browser, "dispute-negotiation-form");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(caseNumber, "达成一致");
            assertThat(browser.driver().findElements(By.cssSelector("a[href='/cases/" + caseNumber + "']"))).hasSize(1);
        }
    }

    @Test
    void tasklistOpensTheSeizureRegistrationWithThePropertyAndTheChoiceToRegisterOrReject() throws Exception {
        Map<String, Object> seizure = new java.util.HashMap<>(Map.of("jurisdiction", "lyg", "taxpayerName", "连云港某某公司",
                "taxpayerIdNumber", "91350100M000100Y43", "certificateNo", "苏（2026）连云港市不动产权第0099号",
                "location", "海州区朝阳东路1号", "area", 88.5, "legalBasis", "ENFORCEMENT", "taxDecisionNo", "连税强〔2026〕1号",
                "assistanceNoticeNo", "连税协执〔2026〕99号"));
        seizure.put("termMonths", 36);
        String caseNumber = (String) http.withBasicAuth("tax1", "demo").postForObject("/api/seizures", seizure, Map.class)
                .get("caseNumber");
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

        try (Browser browser = Browser.open(port)) {
            browser.loginAs("registry1");
            browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "登记结果"));
            screenshot(browser, "seizure-registration-form");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("苏（2026）连云港市不动产权第0099号", "已办理查封登记", "不予登记");
        }
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"),
                ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
