package com.taxcollab.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: tax1 transfers a suspected tax crime from 发起; the police officer finds it in the workbench. */
class CriminalTransferPageTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void taxTransfersFromTheWorkbenchAndThePoliceSeeTheFilingDecisionToMake() throws IOException {
        String caseNumber;
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1").go("/workbench");
            browser.driver().findElement(By.linkText("发起涉嫌犯罪案件移送")).click();
            browser.driver().findElement(By.id("taxpayerName")).sendKeys("连云港某某贸易有限公司");
            browser.driver().findElement(By.id("taxpayerUscc")).sendKeys("91320700MA1X2Y3K4H");
            browser.driver().findElement(By.id("suspectedOffence")).sendKeys("逃税罪");
            browser.driver().findElement(By.id("facts")).sendKeys("隐匿收入、虚假申报，少缴税款数额较大。");
            browser.driver().findElement(By.id("document-0")).sendKeys(pdf("移送书").toString());
            browser.driver().findElement(By.id("start-submit")).click();
            assertThat(browser.text(By.cssSelector("#start-result .problems")))
                    .contains("缺少必备材料：涉嫌犯罪案件情况的调查报告");

            browser.driver().findElement(By.id("document-1")).sendKeys(pdf("调查报告").toString());
            browser.driver().findElement(By.id("start-submit")).click();
            WebElement started = browser.await().until(d -> d.findElement(By.id("started-case")));
            caseNumber = started.getText().substring(0, started.getText().indexOf('（'));
            assertThat(caseNumber).startsWith("YS-");
        }
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("police1").go("/workbench");
            WebElement row = browser.driver().findElement(By.xpath(
                    "//tr[.//a[@class='case-link' and text()='" + caseNumber + "']]"));
            assertThat(row.getText()).contains("审查是否立案", "逃税罪");
            browser.go("/cases/" + caseNumber);
            assertThat(browser.text(By.tagName("main"))).contains("涉嫌罪名", "逃税罪", "已移送，待公安机关决定是否立案");
        }
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, SampleFiles.pdf(name));
        file.toFile().deleteOnExit();
        return file.toAbsolutePath();
    }
}
