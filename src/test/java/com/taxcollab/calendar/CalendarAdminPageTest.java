package com.taxcollab.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator sees the calendar as a month grid, is warned of a missing year, and loads one. */
class CalendarAdminPageTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void administratorIsWarnedOfNextYearAndSeesTheYearAsMonthGrids() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant()));
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("admin");

            assertThat(browser.text(By.id("calendar-warning"))).contains("2027 年的法定节假日安排尚未录入");
            browser.driver().findElement(By.id("app-calendar")).click();

            assertThat(browser.text(By.id("calendar-year"))).isEqualTo("2026");
            assertThat(browser.text(By.id("year-source"))).contains("随系统发布");
            assertThat(browser.text(By.id("working-day-count"))).isEqualTo("248");
            assertThat(browser.driver().findElements(By.cssSelector("table.month"))).hasSize(12);
            WebElement nationalDay = day(browser, "2026-10-01");
            assertThat(nationalDay.getAttribute("class")).contains("holiday");
            assertThat(nationalDay.getText()).contains("1", "国庆节");
            WebElement makeUpSaturday = day(browser, "2026-10-10");
            assertThat(makeUpSaturday.getAttribute("class")).contains("makeup");
            assertThat(makeUpSaturday.getText()).contains("班");
            assertThat(makeUpSaturday.getAttribute("title")).isEqualTo("调休上班（国庆节）");
            assertThat(day(browser, "2026-10-11").getAttribute("class")).contains("weekend");
            assertThat(day(browser, "2026-10-12").getAttribute("class")).contains("workday");
        }
    }

    @Test
    void administratorLoadsAYearOnThePageAndSeesBadEntriesNamed() {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("admin").go("/admin/calendar?year=2098");
            assertThat(browser.text(By.id("year-source"))).contains("尚未录入");
            assertThat(day(browser, "2098-01-01").getAttribute("class")).contains("workday");

            edit(browser, "{\"days\":[{\"date\":\"2098-02-30\",\"name\":\"元旦\",\"offDay\":true}]}");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-result"), "未保存"));
            assertThat(browser.text(By.id("save-result"))).contains("days[0].date");

            edit(browser, "{\"days\":[{\"date\":\"2098-01-01\",\"name\":\"元旦\",\"offDay\":true}]}");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-source"), "管理员 admin"));

            assertThat(day(browser, "2098-01-01").getAttribute("class")).contains("holiday");
            assertThat(day(browser, "2098-01-01").getText()).contains("元旦");
        }
    }

    @Test
    void officersHaveNeitherTheWarningNorTheCalendarPage() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-01T10:00:00+08:00").toInstant()));
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("tax1");
            assertThat(browser.text(By.id("user-name"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.id("calendar-warning"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("app-calendar"))).isEmpty();

            browser.go("/admin/calendar");
            assertThat(browser.driver().findElements(By.id("calendar-year"))).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("国庆节");
        }
    }

    private static WebElement day(Browser browser, String date) {
        return browser.await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("td[data-date='" + date + "']")));
    }

    private static void edit(Browser browser, String json) {
        WebElement editor = browser.driver().findElement(By.id("year-json"));
        editor.clear();
        editor.sendKeys(json);
        browser.driver().findElement(By.id("save-year")).click();
    }
}
