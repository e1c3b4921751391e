package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.system.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The Camunda Forms of {@code forms/} as the build packs them, each named by its id (its file name). */
final class FormFiles {

    private static final Pattern FORM_ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    private FormFiles() {
    }

    static List<JsonNode> all() {
        try {
            return Arrays.stream(RESOURCES.getResources("classpath:forms/*.form")).map(FormFiles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form; 404 for an id that names none. */
    static JsonNode read(String formId) {
        Resource form = FORM_ID.matcher(formId).matches() ? RESOURCES.getResource("classpath:forms/" + formId + ".form")
                : null;
        if (form == null || !form.exists()) {
            throw new NotFoundException("没有这个表单：" + formId);
        }
        return read(form);
    }

    private static JsonNode read(Resource form) {
        try (InputStream in = form.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
