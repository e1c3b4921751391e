package com.taxcollab.system.validation;

import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.List;

/** The one check of a text a person types into a request: present when required, not too long. */
public final class Texts {

    private Texts() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** "必须填写…" when blank, "…不能超过 N 个字" when longer than {@code max} after stripping. */
    public static void required(List<FieldProblem> problems, String field, String value, String label, int max) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "必须填写" + label));
        } else {
            optional(problems, field, value, label, max);
        }
    }

    /** "…不能超过 N 个字" when given and longer than {@code max} after stripping. */
    public static void optional(List<FieldProblem> problems, String field, String value, String label, int max) {
        if (!blank(value) && value.strip().length() > max) {
            problems.add(new FieldProblem(field, label + "不能超过 " + max + " 个字"));
        }
    }

    /** The most a search box takes. */
    public static final int MAX_SEARCH = 100;
    public static final String SEARCH_TOO_LONG = "搜索内容不能超过 " + MAX_SEARCH + " 个字";

    /** A search as typed, or null when blank; longer than {@link #MAX_SEARCH} is a 400 naming {@code q}. */
    public static String search(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String search = typed.strip();
        if (search.length() > MAX_SEARCH) {
            throw new InvalidInputException("q", SEARCH_TOO_LONG);
        }
        return search;
    }

    /**
     * A LIKE pattern for "contains this text": the text's own wildcards and escape character are dropped
     * rather than escaped, so the pattern means the same to our queries and the engine's.
     */
    public static String containing(String text) {
        return "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
