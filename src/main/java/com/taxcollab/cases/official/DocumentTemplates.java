package com.taxcollab.cases.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The wording of every official document lives in a template ({@code documents/<name>.txt}, Thymeleaf's
 * text mode), not in code. A template begins with its headers, one per line — {@code 标题：}, {@code 主送：}
 * and any number of {@code 附件：} (sent separately) — then a line {@code ---}, then the body: each line that
 * is not blank is a paragraph. A line {@code === 附件：<title>} begins an attachment the document carries
 * after its body; the lines after it are its paragraphs.
 */
@Component
public class DocumentTemplates {

    private static final String TITLE = "标题：";
    private static final String ADDRESSEE = "主送：";
    private static final String ATTACHMENT = "附件：";
    private static final String APPENDIX = "=== 附件：";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    DocumentTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /**
     * A text an officer typed, as a sentence of a document: ending in one full stop however it was typed;
     * null when blank, so that a template leaves the sentence out.
     */
    public static String sentence(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.endsWith("。") || text.endsWith("！") || text.endsWith("？") ? text : text + "。";
    }

    public DocumentText render(String template, Map<String, ?> model) {
        Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE);
        model.forEach(context::setVariable);
        return parse(template, engine.process(template, context));
    }

    static DocumentText parse(String template, String text) {
        String title = null;
        String addressee = null;
        List<String> attachments = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<DocumentText.Appendix> appendices = new ArrayList<>();
        String appendixTitle = null;
        List<String> appendixParagraphs = new ArrayList<>();
        boolean body = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (body && line.startsWith(APPENDIX)) {
                if (appendixTitle != null) {
                    appendices.add(new DocumentText.Appendix(appendixTitle, appendixParagraphs));
                }
                appendixTitle = line.substring(APPENDIX.length()).strip();
                appendixParagraphs = new ArrayList<>();
            } else if (body) {
                if (!line.isEmpty()) {
                    (appendixTitle == null ? paragraphs : appendixParagraphs).add(line);
                }
            } else if (line.equals("---")) {
                body = true;
            } else if (line.startsWith(TITLE)) {
                title = line.substring(TITLE.length()).strip();
            } else if (line.startsWith(ADDRESSEE)) {
                addressee = line.substring(ADDRESSEE.length()).strip();
            } else if (line.startsWith(ATTACHMENT)) {
                attachments.add(line.substring(ATTACHMENT.length()).strip());
            } else if (!line.isEmpty()) {
                throw new IllegalStateException("Document template " + template + " has an unknown header: " + line);
            }
        }
        if (title == null || !body) {
            throw new IllegalStateException("Document template " + template + " needs 标题： and a line ---");
        }
        if (appendixTitle != null) {
            appendices.add(new DocumentText.Appendix(appendixTitle, appendixParagraphs));
        }
        return new DocumentText(title, addressee, paragraphs, attachments, appendices);
    }
}
