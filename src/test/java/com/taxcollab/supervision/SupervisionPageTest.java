package com.taxcollab.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A supervisor opens the dashboard in Chromium, filters it, downloads the ledger and tries an upload. */
class SupervisionPageTest extends DashboardFixture {

    @LocalServerPort
    int port;

    @Test
    void supervisorSeesChartAndRedListFiltersByJurisdictionAndDownloadsTheLedger() {
        String lianyun = fourItems("lianyun");
        String ganyu = fourItems("ganyu");
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1").go("/");
            browser.driver().findElement(By.id("app-supervision")).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("督查看板");
            waitForData(browser);

            assertThat(browser.driver().findElements(By.cssSelector("#chart-overdue canvas"))).isNotEmpty();
            assertThat(browser.driver().findElement(By.id("chart-overdue")).getAttribute("data-departments"))
                    .contains("税务局:");
            assertThat(redListCases(browser)).contains(lianyun, ganyu);
            WebElement link = browser.driver().findElement(By.linkText(lianyun));
            assertThat(link.getAttribute("href")).endsWith("/cases/" + lianyun);

            String loadedBefore = browser.driver().findElement(By.tagName("body")).getDomAttribute("data-loaded");
            new Select(browser.driver().findElement(By.id("filter-jurisdiction"))).selectByVisibleText("连云区");
            browser.driver().findElement(By.id("filter-apply")).click();
            browser.await().until(d -> !loadedBefore.equals(
                    d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertThat(redListCases(browser)).containsExactly(lianyun);
            assertThat(browser.text(By.id("count-RED"))).isEqualTo("1");
            assertThat(browser.text(By.id("count-YELLOW"))).isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("chart-closure")).getAttribute("data-departments"))
                    .isEqualTo("税务局:1/1");

            String href = browser.driver().findElement(By.id("export-xlsx")).getAttribute("href");
            assertThat(href).endsWith("/api/rectifications/items.xlsx?jurisdiction=lianyun");
            Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 2)))));",
                    href);
            assertThat(download.toString()).startsWith("200 application/vnd.openxmlformats").endsWith(" PK");
        }
    }

    @Test
    void uploadWithABadRowShowsTheRowAndImportsNothing() throws Exception {
        Path file = Files.createTempFile("items", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("整改事项");
            sheet.createRow(0).createCell(0).setCellValue("问题描述");
            Row row = sheet.createRow(1);
            String[] values = {"问题", "要求", "不存在的部门", "", "", "2099-01-01"};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1").go("/supervision");
            waitForData(browser);
            browser.driver().findElement(By.id("upload-title")).sendKeys("浏览器导入测试");
            browser.driver().findElement(By.id("upload-file")).sendKeys(file.toString());
            browser.driver().findElement(By.id("upload-submit")).click();
            assertThat(browser.text(By.cssSelector("#upload-result .problems"))).contains("第2行：未知的责任部门");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void waitForData(Browser browser) {
        browser.await().until(ExpectedConditions.attributeToBeNotEmpty(
                browser.driver().findElement(By.tagName("body")), "data-loaded"));
    }

    /** Read in one script, so a table being redrawn is never half read. */
    @SuppressWarnings("unchecked")
    private static List<String> redListCases(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                + "document.querySelectorAll('#red-list tbody tr td:first-child a')).map(a => a.textContent);");
    }
}
