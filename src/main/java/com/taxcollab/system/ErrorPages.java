package com.taxcollab.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error nobody else answered (a wrong address, the servlet container's own refusals, a stale
 * CSRF token on a page's form): a Chinese page with a way back for people, problem+json for the
 * API. Replaces Spring Boot's English Whitelabel page.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        int status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        model.addAttribute("status", status);
        model.addAttribute("title", ErrorTexts.title(status));
        model.addAttribute("detail", status == 403
                ? "您没有执行此操作的权限，或页面停留过久、会话已过期。请返回首页，或重新登录后再试。"
                : ErrorTexts.detail(status));
        return "error";
    }

    @RequestMapping(path = {"/error", "/error/problem"})
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        if (unreadableUpload(request)) {
            // read before any controller is chosen, so no controller advice sees it
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(
                    ApiProblems.invalidProblem(List.of(new InvalidInputException.FieldProblem("file",
                            "上传内容无法读取，请重新选择文件上传"))));
        }
        int status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ErrorTexts.detail(status));
        problem.setTitle(ErrorTexts.title(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean unreadableUpload(HttpServletRequest request) {
        for (Object e = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); e instanceof Throwable t;
                e = t.getCause()) {
            if (t instanceof MultipartException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/engine-rest/");
    }

    private static int status(HttpServletRequest request) {
        if (unreadableUpload(request)) {
            return 400;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        return HttpStatus.resolve(status) == null || status < 400 ? 500 : status;
    }
}
