package com.taxcollab.system;

import java.util.List;

/**
 * Bad input from a person or a machine: answered as 400 {@code application/problem+json} listing
 * every bad field with a zh-CN message. Throw it before anything is written.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One bad field: its name as the client sent it (e.g. {@code items[2].dueDate}) and what is wrong, in Chinese. */
    public record FieldProblem(String field, String message) {
    }
}
