package com.taxcollab.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, pointed at the installed driver and browser so
 * that Selenium never tries to download either. Close it after each test.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        return open(port, "zh-CN");
    }

    /** A browser whose user prefers {@code language} (e.g. "en-US"): navigator.languages and Accept-Language. */
    public static Browser open(int port, String language) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=" + language,
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("taxcollab-chromium"));
            // headless Chromium takes the page language from this preference rather than from --lang
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Logs in through our zh-CN login page; demo users all have the password "demo". */
    public Browser loginAs(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public String text(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
