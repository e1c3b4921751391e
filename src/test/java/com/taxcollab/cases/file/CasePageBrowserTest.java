package com.taxcollab.cases.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CaseParty.Kind;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An involved tax officer opens the case page in Chromium, reads it, adds a document and downloads one. */
class CasePageBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseOpener caseOpener;
    @Autowired
    CaseDocuments documents;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;

    @BeforeEach
    void openAuctionCaseWithARuling() {
        caseNumber = caseOpener.open(new NewCase(CaseType.PM, "SkeletonCheckProcess", "lyg", "（2026）苏0706执88号 房产拍卖",
                "court1", Map.of()).involving("court").withParties(
                new CaseParty(Kind.DEBTOR, "李四", "320706198502021234", "被执行人"))).caseNumber();
        documents.store(caseNumber, "裁定书", "拍卖裁定书.pdf", SampleFiles.pdf("拍卖裁定"), "court1");
    }

    @Test
    void anInvolvedOfficerReadsTheCaseUploadsAndDownloadsADocument() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/cases/" + caseNumber);

            assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
            assertThat(browser.text(By.id("case-status"))).isEqualTo("办理中");
            assertThat(browser.text(By.cssSelector("#parties .party-id"))).as("masked in the list")
                    .isEqualTo("320706********1234");
            browser.driver().findElement(By.cssSelector("#parties form.reveal-identity input[name=purpose]"))
                    .sendKeys("核对被执行人身份，出具税费指引");
            browser.driver().findElement(By.cssSelector("#parties form.reveal-identity button")).click();
            browser.await().until(d -> d.findElement(By.cssSelector("#parties .party-id")).getText()
                    .equals("320706198502021234"));
            assertThat(jdbc.queryForObject("SELECT detail FROM case_audit WHERE case_number = ? AND action ="
                    + " 'IDENTITY_REVEALED' AND granted", String.class, caseNumber))
                    .as("the full number is seen with a purpose, in the audit trail").endsWith("出具税费指引");
            assertThat(browser.text(By.id("timeline"))).contains("立案：司法拍卖税费指引", "李法官", "待办：税务审核",
                    "上传文书：裁定书《拍卖裁定书.pdf》");
            assertThat(browser.text(By.cssSelector("#open-tasks .task"))).contains("税务审核", "税务局", "未认领");
            WebElement current = browser.await().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#diagram[data-rendered='true'] .current-position[data-element-id='Task_TaxReview']")));
            int width = current.getRect().getWidth();
            assertThat(width).as("the current step opens at a readable size").isGreaterThanOrEqualTo(80);
            browser.driver().findElement(By.id("diagram-zoom-in")).click();
            assertThat(browser.driver().findElement(By.cssSelector(
                    "#diagram .current-position[data-element-id='Task_TaxReview']")).getRect().getWidth())
                    .isGreaterThan(width);

            Path upload = Files.createTempDirectory("taxcollab-upload").resolve("税费指引.pdf");
            Files.write(upload, SampleFiles.pdf("税费指引正文"));
            new Select(browser.driver().findElement(By.id("upload-kind"))).selectByVisibleText("税费指引");
            browser.driver().findElement(By.id("upload-file")).sendKeys(upload.toString());
            browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();

            assertThat(browser.text(By.id("documents"))).contains("已上传：税费指引《税费指引.pdf》", "王税务");
            assertThat(browser.text(By.id("timeline"))).contains("上传文书：税费指引《税费指引.pdf》");

            Path downloads = Files.createTempDirectory("taxcollab-downloads");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.driver().findElement(By.linkText("拍卖裁定书.pdf")).click();
            Path downloaded = downloads.resolve("拍卖裁定书.pdf");
            browser.await().until(driver -> Files.exists(downloaded));

            assertThat(Files.readAllBytes(downloaded)).isEqualTo(SampleFiles.pdf("拍卖裁定"));
        }
    }

    @Test
    void anOfficerOfAnotherJurisdictionIsToldThereIsNoSuchCase() {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("hztax1").go("/cases/" + caseNumber);

            assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到案件");
            assertThat(browser.driver().getPageSource()).doesNotContain("李四");
        }
    }
}
