package com.taxcollab.assistance;

import com.taxcollab.calendar.Term;
import com.taxcollab.organisation.Organisation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalog of assistance duties, read from {@code taxcollab.assistance.catalog} (default: the
 * bundled {@code assistance-duties.yaml}). A catalog on the file system is read again when it
 * changes, so the system administrator edits it without a release; an edit that does not hold
 * (unknown department, bad term) is refused in the log and the last good catalog stays in force.
 */
@Component
public class AssistanceCatalog {

    private static final Logger log = LoggerFactory.getLogger(AssistanceCatalog.class);

    private final Resource source;
    private final Organisation organisation;
    private List<AssistanceDuty> duties;
    private long readAt;

    AssistanceCatalog(ResourceLoader resources, Organisation organisation,
            @Value("${taxcollab.assistance.catalog:classpath:assistance-duties.yaml}") String location) {
        this.source = resources.getResource(location);
        this.organisation = organisation;
        this.duties = read();
        this.readAt = lastModified();
    }

    public synchronized List<AssistanceDuty> duties() {
        long modified = lastModified();
        if (modified != readAt) {
            try {
                duties = read();
                log.info("Assistance catalog {} read again: {} duties", source, duties.size());
            } catch (IllegalStateException e) {
                log.error("Assistance catalog {} not taken: {}; the last good catalog stays in force", source,
                        e.getMessage());
            }
            readAt = modified;
        }
        return duties;
    }

    public Optional<AssistanceDuty> duty(String code) {
        return duties().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private long lastModified() {
        try {
            return source.isFile() ? source.getFile().lastModified() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private List<AssistanceDuty> read() {
        Object root;
        try (InputStream in = source.getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the assistance catalog " + source + ": " + e.getMessage(), e);
        }
        List<AssistanceDuty> read = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Object entry : list(path(root, "taxcollab", "assistance", "duties"), "duties")) {
            AssistanceDuty duty = duty(map(entry, "duty"));
            if (!codes.add(duty.code())) {
                throw new IllegalStateException("duty code " + duty.code() + " appears twice");
            }
            read.add(duty);
        }
        return List.copyOf(read);
    }

    private AssistanceDuty duty(Map<?, ?> entry) {
        String code = text(entry, "code");
        try {
            String assisting = text(entry, "assisting");
            if (!AssistanceDuty.ANY_DEPARTMENT.equals(assisting) && !organisation.isDepartment(assisting)) {
                throw new IllegalStateException("unknown department " + assisting);
            }
            Map<?, ?> term = map(entry.get("term"), "term");
            return new AssistanceDuty(code, text(entry, "item"), text(entry, "name"), text(entry, "legal-basis"),
                    assisting, new Term(number(term, "amount"), Term.Unit.valueOf(text(term, "unit"))),
                    number(entry, "reminder-before"), number(entry, "escalate-after"),
                    list(entry.get("documents"), "documents").stream().map(Object::toString).toList(),
                    AssistanceDuty.Answer.valueOf(text(entry, "answer")), flag(entry, "may-refuse"),
                    flag(entry, "confirm"));
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new IllegalStateException("duty " + code + ": " + e.getMessage(), e);
        }
    }

    private static Object path(Object root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = map(node, key).get(key);
        }
        return node;
    }

    private static Map<?, ?> map(Object node, String what) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalStateException(what + " must be a mapping");
        }
        return map;
    }

    private static List<?> list(Object node, String what) {
        if (!(node instanceof List<?> list)) {
            throw new IllegalStateException(what + " must be a list");
        }
        return list;
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(key + " is missing");
        }
        return value.toString().strip();
    }

    private static int number(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Integer number) || number < 0) {
            throw new IllegalStateException(key + " must be a whole number, 0 or more");
        }
        return number;
    }

    private static boolean flag(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Boolean flag)) {
            throw new IllegalStateException(key + " must be true or false");
        }
        return flag;
    }
}
