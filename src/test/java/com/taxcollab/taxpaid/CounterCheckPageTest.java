package com.taxcollab.taxpaid;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * In Chromium: market's officer opens 柜台核验 from the home page, finds an equity transfer 已完税 with its
 * evidence number, finds another 无记录 and sends tax the lead in one step.
 */
class CounterCheckPageTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    @Test
    void aMarketOfficerChecksAnEquityTransferAndSendsTaxALeadForOneWithNoRecord() {
        String company = Identities.uscc();
        String paidTransferor = Identities.residentId();
        String evidenceNo = "3320" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/tax-paid-evidence", Map.of(
                "evidenceNo", evidenceNo, "kind", "PAID", "subject", "EQUITY_TRANSFER",
                "taxpayer", Map.of("name", "张三", "idNumber", paidTransferor),
                "transaction", Map.of("companyUscc", company, "transferorIdNumber", paidTransferor),
                "taxTypes", List.of("个人所得税"), "amount", 12800, "issuedOn", "2026-10-30", "taxOffice", "lyg"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String leadCase;
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("market1").go("/");
            browser.driver().findElement(By.id("app-checks")).click();
            check(browser, company, paidTransferor);
            WebElement result = browser.await().until(d -> d.findElement(By.cssSelector("#check-equity + .check-result"
                    + " .verdict")));
            assertThat(browser.text(By.cssSelector("#check-equity + .check-result"))).contains("核验结论：已完税",
                    evidenceNo).doesNotContain("张三");
            assertThat(result.getAttribute("data-result")).isEqualTo("PAID");

            check(browser, company, Identities.residentId());
            browser.await().until(d -> d.findElement(By.cssSelector("#check-equity + .check-result .lead-form")));
            assertThat(browser.text(By.cssSelector("#check-equity + .check-result"))).contains("无记录", "暂缓办理");
            browser.driver().findElement(By.cssSelector(".lead-form textarea[name=note]")).sendKeys("转让方称已在外地缴税");
            browser.driver().findElement(By.xpath("//button[normalize-space()='推送涉税线索']")).click();
            WebElement link = browser.await().until(d -> d.findElement(By.cssSelector("a.lead-case")));
            assertThat(browser.text(By.cssSelector(".lead-form"))).contains("已推送税务机关");
            leadCase = link.getText();
            assertThat(leadCase).startsWith("XS-");
        }

        assertThat(http.withBasicAuth("tax1", "demo").getForObject("/api/tasks?view=todo&q=" + leadCase,
                String.class)).contains("核查涉税线索");
        var court = WebSession.loggedIn(port, "court1").html("/checks");
        assertThat(court.statusCode()).isEqualTo(404);
        assertThat(court.body()).contains("您所在的部门没有柜台核验事项");
    }

    private static void check(Browser browser, String company, String transferor) {
        var uscc = browser.driver().findElement(By.id("equity-uscc"));
        uscc.clear();
        uscc.sendKeys(company);
        var id = browser.driver().findElement(By.id("equity-transferor"));
        id.clear();
        id.sendKeys(transferor);
        var purpose = browser.driver().findElement(By.id("equity-purpose"));
        purpose.clear();
        purpose.sendKeys("股权变更登记 GQ2026-118");
        browser.driver().findElement(By.cssSelector("#check-equity button[type=submit]")).click();
    }
}
