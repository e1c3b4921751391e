package com.taxcollab.notification;

import com.taxcollab.system.ChinaTime;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notification as a zh-CN e-mail: subject, an HTML and a plain-text part from the
 * Thymeleaf templates in {@code templates/mail/}, and a Message-ID made from the notification id so
 * that a duplicate after a crash is recognisable as the same message.
 */
@Component
class MailComposer {

    static final String SUBJECT_PREFIX = "【税费协同共治】";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final String from;
    private final String fromName;
    private final NotificationLinks links;

    MailComposer(@Value("${taxcollab.notification.mail-from:noreply@taxcollab.local}") String from,
            @Value("${taxcollab.notification.mail-from-name:税费协同共治平台}") String fromName,
            NotificationLinks links) {
        this.from = from;
        this.fromName = fromName;
        this.links = links;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    static String messageId(String notificationId) {
        return "<notification-" + notificationId + "@taxcollab>";
    }

    MimeMessage compose(MimeMessage message, StoredNotification n) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        try {
            helper.setFrom(from, fromName);
        } catch (UnsupportedEncodingException e) {
            helper.setFrom(from);
        }
        helper.setTo(n.emailTo());
        helper.setSubject(SUBJECT_PREFIX + n.title());
        Context context = new Context();
        context.setVariable("n", n);
        context.setVariable("homeUrl", links.homeUrl());
        context.setVariable("due", n.dueAt() == null ? null : DUE.format(n.dueAt().atZoneSameInstant(ChinaTime.ZONE)));
        helper.setText(templates.process("notification.txt", context), templates.process("notification.html", context));
        // JavaMailSenderImpl keeps a Message-ID that is set before sending
        message.setHeader("Message-ID", messageId(n.id()));
        return message;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
