package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form of {@code forms/}, rendered as the task page renders it, speaks Chinese: its labels,
 * the viewer's own texts, validation messages after 检查, the open select lists and the date picker.
 */
class FormsInChineseBrowserTest extends IntegrationTest {

    /** Latin words a Chinese officer reads as such: names of file formats and of the spreadsheet program. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final List<String> ALLOWED = List.of("PDF", "OFD", "JPEG", "PNG", "Excel");

    @LocalServerPort
    int port;

    @Test
    void noFormShowsEnglish() throws IOException {
        List<String> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).sorted().toList();
        }
        Map<String, TreeSet<String>> english = new TreeMap<>();
        try (Browser browser = Browser.open(port)) {
            browser.loginAs("admin");
            for (String form : forms) {
                browser.go("/admin/forms/" + form);
                browser.await().until(d -> "true".equals(d.findElement(By.id("task-form")).getAttribute("data-ready")));
                browser.driver().findElement(By.id("form-check")).click();
                Matcher words = LATIN_WORD.matcher(shownText(browser) + "\n" + openEveryPicker(browser));
                while (words.find()) {
                    if (!ALLOWED.contains(words.group())) {
                        english.computeIfAbsent(form, f -> new TreeSet<>()).add(words.group());
                    }
                }
            }
        }
        assertThat(forms).hasSizeGreaterThan(40);
        assertThat(english).as("English words on the forms").isEmpty();
    }

    /** Opens each select list and date picker in turn and reads what it shows. */
    private static String openEveryPicker(Browser browser) {
        StringBuilder shown = new StringBuilder();
        List<WebElement> pickers = browser.driver().findElements(By.cssSelector(
                "#task-form .fjs-form-field-select .fjs-input-group, #task-form .fjs-form-field-datetime input,"
                        + " #task-form .fjs-form-field-taglist input"));
        for (WebElement picker : pickers) {
            if (picker.isDisplayed() && picker.isEnabled()) {
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].focus(); arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
                                + " arguments[0].click();", picker);
                shown.append(shownText(browser)).append('\n');
                browser.driver().findElement(By.tagName("h1")).click();
            }
        }
        return shown.toString();
    }

    /** What the user can read: visible text, placeholders, labels for screen readers, open calendars. */
    private static String shownText(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const main = document.getElementById('task-form');
                // the bpmn.io watermark (a logo whose tooltip is English) stays as it is: its licence says so
                const attributes = Array.from(main.querySelectorAll('[placeholder],[aria-label],[title]'))
                  .filter(e => !e.closest('.fjs-powered-by'))
                  .flatMap(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'), e.getAttribute('title')]);
                const calendars = Array.from(document.querySelectorAll('.flatpickr-calendar')).map(c => c.innerText);
                return [main.innerText, ...attributes, ...calendars].filter(Boolean).join('\\n');""");
    }
}
