package com.taxcollab.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our API as RFC 7807 {@code application/problem+json}: a zh-CN title and detail
 * for people, and {@code errors[].field} for machines.
 */
@RestControllerAdvice(basePackages = "com.taxcollab")
class ApiProblems extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("urn:taxcollab:problem:invalid-input");
    static final URI NOT_FOUND = URI.create("urn:taxcollab:problem:not-found");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("未找到");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The engine refused the caller: told as a refusal, never as a server error. */
    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<Object> engineRefused(org.camunda.bpm.engine.AuthorizationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作");
        problem.setType(ProblemResponses.FORBIDDEN);
        problem.setTitle("无权操作");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** Another jurisdiction's object: the same 404 as for one that does not exist. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ResponseEntity<Object> engineFailed(org.camunda.bpm.engine.ProcessEngineException e) {
        if (e.getMessage() != null && e.getMessage().contains("ENGINE-13034")) {
            return notFound(new NotFoundException("对象不存在"));
        }
        if (databaseUnreachable(e)) {
            return unavailable();
        }
        // a rule of a delegate or listener refused the input: the engine wraps it, the user is told as for any other
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid(invalid.problems());
            }
        }
        throw e;
    }

    /** The database is out: 503 with a hint when to try again, within the pool's connection timeout. */
    @ExceptionHandler(org.springframework.dao.DataAccessResourceFailureException.class)
    ResponseEntity<Object> databaseOut(org.springframework.dao.DataAccessResourceFailureException e) {
        return unavailable();
    }

    static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // no connection to be had, or the one in hand broke (SQLState class 08: connection exception)
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<Object> unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ErrorTexts.detail(503));
        problem.setTitle(ErrorTexts.title(503));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new InvalidInputException.FieldProblem(e.getName(), "格式不正确：" + e.getValue())));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new InvalidInputException.FieldProblem(e.getParameterName(), "必须填写")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidInputException.FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new InvalidInputException.FieldProblem(path(mapping.getPath()),
                    mapping instanceof MismatchedInputException ? "类型不符（文字、数字、是否须与说明一致）"
                            : "格式不正确")));
        }
        return invalid(List.of(new InvalidInputException.FieldProblem("body", "请求内容不是有效的 JSON")));
    }

    /**
     * Spring's own refusals (405, 406, 413, 415 …) keep their status and say it in Chinese; a
     * refusal of ours ({@code ResponseStatusException}, {@code ErrorResponseException}) keeps its words.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problem = body == null && e instanceof org.springframework.web.ErrorResponse error
                ? error.updateAndGetBody(getMessageSource(), org.springframework.context.i18n.LocaleContextHolder
                        .getLocale()) : body;
        if (problem instanceof ProblemDetail detail && URI.create("about:blank").equals(detail.getType())) {
            boolean ours = e instanceof org.springframework.web.ErrorResponseException;
            HttpStatus known = HttpStatus.resolve(status.value());
            if (!ours || detail.getTitle() == null || known != null && known.getReasonPhrase().equals(detail.getTitle())) {
                detail.setTitle(ErrorTexts.title(status.value()));
            }
            if (!ours) {
                detail.setDetail(ErrorTexts.detail(status.value()));
            }
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    /** {@code items[3].dueDate}, the way the client wrote it. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** Two users completed the same task at once: the second is told to look again, not given a 500. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ResponseEntity<Object> concurrentChange(org.camunda.bpm.engine.OptimisticLockingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "此事项刚刚已由他人处理，请刷新后查看最新状态再操作");
        problem.setTitle("已被他人处理");
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    private static ResponseEntity<Object> invalid(List<InvalidInputException.FieldProblem> problems) {
        return ResponseEntity.badRequest().body(invalidProblem(problems));
    }

    static ProblemDetail invalidProblem(List<InvalidInputException.FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("；",
                problems.stream().map(p -> p.field() + "：" + p.message()).toList()));
        problem.setType(INVALID_INPUT);
        problem.setTitle("提交的内容有误");
        problem.setProperty("errors", problems);
        return problem;
    }
}
