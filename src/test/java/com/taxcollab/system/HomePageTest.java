package com.taxcollab.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer logs in on the Chinese login page and lands on a home page that knows them. */
class HomePageTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void homePageNamesTheUserDepartmentsJurisdictionsAndWebapps() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("税费协同共治平台");

            browser.loginAs("hztax1");

            assertThat(browser.text(By.id("user-name"))).isEqualTo("周税务");
            assertThat(browser.text(By.id("user-departments"))).isEqualTo("税务局");
            assertThat(browser.text(By.id("user-jurisdictions"))).isEqualTo("海州区");
            assertThat(browser.driver().findElements(By.id("app-tasklist"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("app-cockpit"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("app-admin"))).isEmpty();
        }
    }

    @Test
    void wrongPasswordIsRefusedInChinese() {
        // a throwaway user: wrong passwords make the engine lock the account out for a while
        User user = identityService.newUser("lockout2");
        user.setPassword("Right#2026pass");
        identityService.saveUser(user);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver().findElement(By.id("username")).sendKeys("lockout2");
            browser.driver().findElement(By.id("password")).sendKeys("wrong");
            browser.driver().findElement(By.cssSelector("button[type=submit]")).click();

            assertThat(browser.text(By.cssSelector(".alert.error"))).contains("用户名或密码错误");
        } finally {
            identityService.deleteUser("lockout2");
        }
    }

    @Test
    void supervisorSeesEveryJurisdictionAndSupervisionButNotTheEnginesCockpit() {
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("super1");

            assertThat(browser.text(By.id("user-jurisdictions"))).contains("连云港市", "海州区", "灌南县");
            assertThat(browser.driver().findElements(By.id("app-supervision"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("app-cockpit"))).isEmpty();
        }
    }
}
