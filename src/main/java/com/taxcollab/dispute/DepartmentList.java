package com.taxcollab.dispute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A list of department ids as a process variable: a Json list from a Tasklist taglist, a Java
 * collection, or a comma-separated string from our API. Duplicates and blanks are dropped.
 */
final class DepartmentList {

    private DepartmentList() {
    }

    static List<String> of(Object value) {
        List<String> raw = new ArrayList<>();
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(element -> raw.add(element.isString() ? element.stringValue()
                        : element.toString()));
            } else if (json.isString()) {
                raw.addAll(List.of(json.stringValue().split(",")));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> raw.add(String.valueOf(element)));
        } else if (value instanceof String string) {
            raw.addAll(List.of(string.split(",")));
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        raw.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
        return List.copyOf(ids);
    }
}
