package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.CaseAccess;
import com.taxcollab.cases.CaseDocument;
import com.taxcollab.cases.CaseDocuments;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The courts' entrance: submit a case, follow it, report what happens on the court's side. */
@RestController
@RequestMapping("/api/court/cases")
@Tag(name = "法院协助案件", description = "法院（用户组 court，HTTP Basic）提交司法拍卖税费指引与破产涉税案件")
@SecurityRequirement(name = "basic")
class CourtCaseController {

    private static final String PROBLEM = "application/problem+json";

    private final CourtIntake intake;
    private final CourtEvents events;
    private final CourtCases courtCases;
    private final CourtCaseView view;
    private final CaseAccess access;
    private final CaseDocuments documents;
    private final CurrentUserService users;
    private final CaseAudit audit;

    CourtCaseController(CourtIntake intake, CourtEvents events, CourtCases courtCases, CourtCaseView view,
            CaseAccess access, CaseDocuments documents, CurrentUserService users, CaseAudit audit) {
        this.intake = intake;
        this.events = events;
        this.courtCases = courtCases;
        this.view = view;
        this.access = access;
        this.documents = documents;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交案件", description = "同一法院、同一案号、同一类型的案件只建立一次：重复提交返回 200 和已有案件。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "司法拍卖税费指引", value = CourtApiExamples.AUCTION),
                    @ExampleObject(name = "破产涉税", value = CourtApiExamples.BANKRUPTCY)}))
    @ApiResponse(responseCode = "201", description = "案件已建立", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = CourtApiExamples.CREATED)))
    @ApiResponse(responseCode = "200", description = "该案件此前已提交，返回已有案件", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(value = CourtApiExamples.CREATED)))
    @ApiResponse(responseCode = "400", description = "列出每个有误的字段，什么也没有保存", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(value = CourtApiExamples.INVALID)))
    @ApiResponse(responseCode = "403", description = "调用者不属于法院用户组", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "同一案号已由其他账号提交", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Map<String, Object>> submit(@RequestBody JsonNode body) {
        CourtIntake.Outcome outcome = intake.submit(court(), body);
        Map<String, Object> answer = view.summary(outcome.courtCase());
        if (!outcome.created()) {
            return ResponseEntity.ok(answer);
        }
        return ResponseEntity.created(URI.create(CourtCaseView.BASE + outcome.courtCase().caseNumber())).body(answer);
    }

    @GetMapping(path = "/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "查询案件", description = "状态、当前环节及期限、税务机关出具的文书（税费指引、核定结果）。"
            + "法院只能看到本院提交的案件，其他法院得到 404。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = CourtApiExamples.CASE)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = CourtApiExamples.NOT_FOUND)))
    Map<String, Object> show(@PathVariable String caseNumber, HttpServletRequest request) {
        CurrentUser caller = court();
        CourtCaseRecord courtCase = readable(caller, caseNumber, AuditAction.CASE_API, request);
        audit.record(caller.id(), caseNumber, AuditAction.CASE_API, "法院接口查询案件", true, request.getRemoteAddr());
        return view.full(courtCase);
    }

    @PostMapping(path = "/{caseNumber}/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报告法院一侧的进展", description = "拍卖结果（成交、流拍、撤回）、破产财产分配、程序终结、"
            + "债权人会议改期。事件以 BPMN 消息送达流程；流程此时不等待该事件时返回 409，什么也不改变。")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "拍卖成交", value = CourtApiExamples.SOLD),
                    @ExampleObject(name = "流拍", value = CourtApiExamples.UNSOLD),
                    @ExampleObject(name = "撤回拍卖", value = CourtApiExamples.WITHDRAWN),
                    @ExampleObject(name = "破产财产分配", value = CourtApiExamples.DISTRIBUTION),
                    @ExampleObject(name = "破产程序终结", value = CourtApiExamples.TERMINATED),
                    @ExampleObject(name = "债权人会议改期", value = CourtApiExamples.RESCHEDULED)}))
    @ApiResponse(responseCode = "200", description = "同一事件（相同的 Idempotency-Key，未提供时为相同内容）此前已送达，"
            + "不再重复处理，返回案件现状")
    @ApiResponse(responseCode = "202", description = "已送达流程，返回案件现状", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(value = CourtApiExamples.CASE)))
    @ApiResponse(responseCode = "400", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = CourtApiExamples.INVALID)))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = CourtApiExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "409", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = CourtApiExamples.CONFLICT)))
    ResponseEntity<Map<String, Object>> report(@PathVariable String caseNumber, @RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        CurrentUser caller = court();
        CourtCaseRecord courtCase = readable(caller, caseNumber, AuditAction.CASE_API, request);
        boolean delivered = events.deliver(caller, courtCase, body, idempotencyKey);
        return ResponseEntity.status(delivered ? HttpStatus.ACCEPTED : HttpStatus.OK).body(view.full(courtCase));
    }

    @GetMapping("/{caseNumber}/documents/{documentId}")
    @Operation(summary = "下载出具的文书", description = "税费指引、核定结果等 PDF 文书。")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = CourtApiExamples.NOT_FOUND)))
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId,
            HttpServletRequest request) {
        CurrentUser caller = court();
        readable(caller, caseNumber, AuditAction.DOCUMENT, request);
        CaseDocument document = documents.find(caseNumber, documentId)
                .orElseThrow(() -> new NotFoundException("文书不存在：" + documentId));
        audit.record(caller.id(), caseNumber, AuditAction.DOCUMENT, document.kind() + " " + document.fileName(), true,
                request.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(documents.content(document));
    }

    @ExceptionHandler(CourtApiException.class)
    ResponseEntity<ProblemDetail> refused(CourtApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private CurrentUser court() {
        CurrentUser caller = users.require();
        if (!caller.inDepartment(Departments.COURT)) {
            throw CourtApiException.forbidden("只有法院用户组（court）的账号可以使用法院协助案件接口");
        }
        return caller;
    }

    /** Another court's case, or no court case at all: 404, never a hint that it exists; the denial is audited. */
    private CourtCaseRecord readable(CurrentUser caller, String caseNumber, AuditAction action,
            HttpServletRequest request) {
        return courtCases.find(caseNumber).filter(c -> access.canRead(caller, caseNumber)).orElseThrow(() -> {
            audit.record(caller.id(), caseNumber, action, "法院接口：无权访问或案件不存在", false, request.getRemoteAddr());
            return new NotFoundException("案件不存在：" + caseNumber);
        });
    }
}
