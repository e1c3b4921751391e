package com.taxcollab.court;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue and revoke the API keys of court case systems. */
@RestController
@RequestMapping("/api/court/api-keys")
@Tag(name = "法院系统接口密钥", description = "管理员为法院案件系统签发、停用接口密钥（Authorization: ApiKey <密钥>）")
class CourtApiKeyController {

    private final CourtApiKeys keys;
    private final CurrentUserService users;

    CourtApiKeyController(CourtApiKeys keys, CurrentUserService users) {
        this.keys = keys;
        this.users = users;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "签发密钥", description = "密钥只在此应答中出现一次，系统只保存其摘要。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = "{\"userId\":\"hzcourt1\",\"label\":\"海州法院执行案件系统\"}")))
    @ApiResponse(responseCode = "201", content = @Content(mediaType = "application/json", examples = @ExampleObject(
            value = "{\"keyId\":\"k7m2p9x3c4d5\",\"userId\":\"hzcourt1\",\"label\":\"海州法院执行案件系统\","
                    + "\"apiKey\":\"tck_k7m2p9x3c4d5_…\"}")))
    ResponseEntity<Map<String, Object>> create(@RequestBody KeyRequest body) {
        CurrentUser admin = admin();
        return ResponseEntity.status(HttpStatus.CREATED).body(keys.create(body.userId(), body.label(), admin.id()));
    }

    /** Text, as sent: a number or a boolean for either field is a 400 naming it. */
    record KeyRequest(String userId, String label) {
    }

    @GetMapping
    @Operation(summary = "列出密钥（不含密钥本身）")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", examples = @ExampleObject(
            value = "[{\"keyId\":\"k7m2p9x3c4d5\",\"userId\":\"hzcourt1\",\"label\":\"海州法院执行案件系统\","
                    + "\"createdBy\":\"admin\",\"createdAt\":\"2026-11-29T10:00:00+08:00\",\"revokedAt\":null}]")))
    List<Map<String, Object>> list() {
        admin();
        return keys.list();
    }

    @DeleteMapping("/{keyId}")
    @Operation(summary = "停用密钥")
    @ApiResponse(responseCode = "204")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        admin();
        keys.revoke(keyId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CourtApiException.class)
    ResponseEntity<ProblemDetail> refused(CourtApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** API keys are credentials: the security administrator's (三员分立). */
    private CurrentUser admin() {
        CurrentUser caller = users.require();
        if (!caller.securityAdmin()) {
            throw CourtApiException.forbidden("只有安全管理员可以管理法院系统接口密钥");
        }
        return caller;
    }
}
