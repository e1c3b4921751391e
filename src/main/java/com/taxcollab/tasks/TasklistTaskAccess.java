package com.taxcollab.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.security.EngineOperators;
import com.taxcollab.system.CachedBody;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's requests about a task under the same rules as our API ({@link TaskWork}): another
 * department's or jurisdiction's task is 404 whatever is asked of it, a task claimed by someone else
 * 409, a claim for another user 403, and a submission is completed here by {@link TaskWork#complete},
 * with only what the task's form allows, typed as the form says, exactly as {@code /api/tasks} does.
 */
class TasklistTaskAccess extends OncePerRequestFilter {

    private static final Pattern TASK_REQUEST = Pattern.compile(
            "/camunda/api/engine/engine/[^/]+/task/([^/]+)(?:/([^/]+))?(?:/.*)?");
    private static final java.util.Set<String> NOT_A_TASK = java.util.Set.of("count", "report");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskWork work;
    private final CurrentUserService currentUsers;
    private final EngineOperators operators;

    TasklistTaskAccess(TaskWork work, CurrentUserService currentUsers, EngineOperators operators) {
        this.work = work;
        this.currentUsers = currentUsers;
        this.operators = operators;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = TASK_REQUEST.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<CurrentUser> user = currentUsers.current();
        if (!task.matches() || NOT_A_TASK.contains(task.group(1)) || user.isEmpty() || operators.operates(user.get())) {
            chain.doFilter(request, response);
            return;
        }
        String taskId = task.group(1);
        try {
            if (!"POST".equals(request.getMethod())) {
                work.workable(user.get(), taskId);
                chain.doFilter(request, response);
                return;
            }
            JsonNode body = body(request);
            switch (String.valueOf(task.group(2))) {
                case "claim" -> {
                    if (!user.get().id().equals(body.path("userId").asText())) {
                        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能由本人签收任务");
                    }
                    work.claimable(user.get(), taskId);
                }
                case "unclaim" -> work.unclaimable(user.get(), taskId);
                case "submit-form", "complete" -> {
                    // completed here, the one way /api/tasks completes too: its rules, its answers
                    completeAsApiDoes(user.get(), taskId, submitted(body));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                default -> work.workable(user.get(), taskId);
            }
            passOn(new CachedBody(request, JSON.writeValueAsBytes(body)), response, chain, taskId);
        } catch (InvalidInputException e) {
            ProblemResponses.invalid(response, e.problems());
        } catch (NotFoundException e) {
            ProblemResponses.notFound(response, e.getMessage());
        } catch (ResponseStatusException e) {
            ProblemResponses.write(response, HttpStatus.valueOf(e.getStatusCode().value()),
                    ProblemResponses.FORBIDDEN, e.getStatusCode().value() == 409 ? "任务已被签收" : "无权操作",
                    e.getReason());
        }
    }

    /**
     * The engine answers a write that lost a race with another (the task completed meanwhile, an
     * optimistic-locking failure) with a 500, or a 403 when the task's candidates went first; the officer
     * is told 409 instead, as on our API.
     */
    private void passOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String taskId)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        String text = new String(answer.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        boolean lostRace = answer.getStatus() == 500 && (text.contains("OptimisticLockingException")
                || text.contains("ENGINE-03005"));
        // the task was there when we checked it: an engine 404, 500 — or 403, its candidates gone with it — now
        // means someone completed it meanwhile
        if (lostRace || (answer.getStatus() == 500 || answer.getStatus() == 404 || answer.getStatus() == 403)
                && !work.exists(taskId)) {
            answer.resetBuffer();
            ProblemResponses.write(answer, HttpStatus.CONFLICT, ProblemResponses.FORBIDDEN, "已被他人处理",
                    "此任务刚刚已由他人处理，请刷新后查看最新状态");
        }
        answer.copyBodyToResponse();
    }

    private static JsonNode body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException("body", "请求内容不是有效的 JSON");
        }
    }

    /**
     * A rule a listener refuses comes back wrapped by the engine; a concurrent change is the optimistic
     * lock: both answered as on {@code /api/tasks}, 400 naming the field and 409.
     */
    private void completeAsApiDoes(CurrentUser user, String taskId, Map<String, Object> values) {
        try {
            work.complete(user, taskId, values);
        } catch (OptimisticLockingException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "此任务正由他人同时办理，请刷新后重试");
        } catch (AuthorizationException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权办理此任务");
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException refused) {
                    throw refused;
                }
            }
            throw e;
        }
    }

    /** Camunda's {@code {"variables": {"name": {"value": …, "type": …}}}} as plain values; Json ones parsed. */
    private static Map<String, Object> submitted(JsonNode body) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        var fields = body.path("variables").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue().path("value");
            if ("json".equalsIgnoreCase(field.getValue().path("type").asText()) && value.isTextual()) {
                value = JSON.readTree(value.asText());
            }
            values.put(field.getKey(), JSON.treeToValue(value, Object.class));
        }
        return values;
    }
}
