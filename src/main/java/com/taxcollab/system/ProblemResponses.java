package com.taxcollab.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The same RFC 7807 answers as {@code ApiProblems}, for refusals that happen in servlet filters,
 * before any controller: the engine's and the webapps' REST, foreign origins.
 */
public final class ProblemResponses {

    public static final URI FORBIDDEN = URI.create("urn:taxcollab:problem:forbidden");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "无权操作", detail);
    }

    public static void notFound(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.NOT_FOUND, ApiProblems.NOT_FOUND, "未找到", detail);
    }

    public static void invalid(HttpServletResponse response, List<InvalidInputException.FieldProblem> problems)
            throws IOException {
        ProblemDetail problem = ApiProblems.invalidProblem(problems);
        send(response, HttpStatus.BAD_REQUEST, problem);
    }

    public static void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        send(response, status, problem);
    }

    private static void send(HttpServletResponse response, HttpStatus status, ProblemDetail problem)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        // the Camunda webapps show an error's "message"
        body.put("message", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
