package com.taxcollab.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.support.Browser;
import com.taxcollab.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The header tells a logged-in user how many messages wait for them, and lists them. */
class NotificationHeaderTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Notifier notifier;
    @Autowired
    NotificationTestUsers users;

    @Test
    void headerShowsTheUnreadCountAndTheMessagesUntilTheyAreRead() {
        String user = users.create("officer");
        tell(user, "升级督办｜ZY-2026-000777", "ZY-2026-000777");
        tell(user, "已逾期：税务审核｜ZY-2026-000778", "ZY-2026-000778");

        try (Browser browser = Browser.open(port)) {
            browser.loginAs(user);
            browser.await().until(ExpectedConditions.textToBe(By.id("notification-unread"), "2"));

            browser.driver().findElement(By.id("notification-bell")).click();
            assertThat(browser.text(By.id("notification-list")))
                    .contains("升级督办｜ZY-2026-000777", "已逾期：税务审核｜ZY-2026-000778");
            assertThat(browser.driver().findElement(By.linkText("升级督办｜ZY-2026-000777")).getAttribute("href"))
                    .isEqualTo("http://localhost:" + port + "/cases/ZY-2026-000777");

            browser.driver().findElement(By.cssSelector("#notification-list li.unread button.mark-read")).click();
            browser.await().until(ExpectedConditions.textToBe(By.id("notification-unread"), "1"));

            browser.driver().findElement(By.id("notification-read-all")).click();
            browser.await().until(ExpectedConditions.textToBe(By.id("notification-unread"), "0"));
        }
    }

    private void tell(String user, String title, String caseNumber) {
        notifier.notify(Notification.aboutCase(NotificationEvent.ESCALATION, Set.of(user), title, "请予协调处理。",
                caseNumber, "lyg"));
    }
}
