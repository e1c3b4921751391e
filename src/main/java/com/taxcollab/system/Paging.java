package com.taxcollab.system;

import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A requested page of a list: page from 0, size from 1 to the list's maximum, and never so far
 * out that its offset overflows (no list of ours is that long).
 */
public record Paging(int page, int size) {

    public static final int MAX_PAGE = 100_000;

    /** The problems of a requested page, to report with the request's other fields. */
    public static List<FieldProblem> problems(int page, int size, int maxSize) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            problems.add(new FieldProblem("page", "页码应在 0 到 " + MAX_PAGE + " 之间"));
        }
        if (size < 1 || size > maxSize) {
            problems.add(new FieldProblem("size", "每页条数应在 1 到 " + maxSize + " 之间"));
        }
        return problems;
    }

    /** The page, or 400 naming what is wrong with it. */
    public static Paging of(int page, int size, int maxSize) {
        List<FieldProblem> problems = problems(page, size, maxSize);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }
}
