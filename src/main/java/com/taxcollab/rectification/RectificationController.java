package com.taxcollab.rectification;

import com.taxcollab.cases.CaseRecord;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Supervisors open a batch of findings: as JSON, or as a spreadsheet made from the template. */
@RestController
@RequestMapping("/api/rectifications")
class RectificationController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]");

    private final RectificationRegistration registration;
    private final ItemSpreadsheets spreadsheets;
    private final CurrentUserService currentUsers;

    RectificationController(RectificationRegistration registration, ItemSpreadsheets spreadsheets,
            CurrentUserService currentUsers) {
        this.registration = registration;
        this.spreadsheets = spreadsheets;
        this.currentUsers = currentUsers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Opened> open(@RequestBody BatchRequest request) {
        CurrentUser user = currentUsers.require();
        registration.requireSupervisor(user, request.jurisdiction());
        CaseRecord record = registration.open(user, request.title(), request.jurisdiction(), request.items(),
                i -> "items[" + i + "]");
        return created(record);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename("整改事项导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build()
                .toString()).body(spreadsheets.template());
    }

    /** Every bad row is reported ({@code rows[7].dueDate}: 第7行 …) and nothing is imported. */
    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Opened> upload(@RequestParam(required = false) String title,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        CurrentUser user = currentUsers.require();
        registration.requireSupervisor(user, jurisdiction);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择要导入的 .xlsx 文件");
        }
        List<ItemSpreadsheets.UploadedRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = spreadsheets.read(in);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "文件中没有整改事项（从第 2 行起填写）");
        }
        try {
            return created(registration.open(user, title, jurisdiction,
                    rows.stream().map(ItemSpreadsheets.UploadedRow::item).toList(),
                    i -> "rows[" + rows.get(i).rowNumber() + "]"));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(RectificationController::withRowNumber).toList());
        }
    }

    /** {@code rows[7].dueDate} gets the message "第7行：…", as the supervisor sees the sheet. */
    private static FieldProblem withRowNumber(FieldProblem problem) {
        Matcher row = ROW.matcher(problem.field());
        return row.lookingAt() ? new FieldProblem(problem.field(), "第" + row.group(1) + "行：" + problem.message())
                : problem;
    }

    private static ResponseEntity<Opened> created(CaseRecord record) {
        return ResponseEntity.created(URI.create("/cases/" + record.caseNumber()))
                .body(new Opened(record.caseNumber(), record.title(), record.jurisdiction()));
    }

    record BatchRequest(String title, String jurisdiction, List<NewItem> items) {
    }

    record Opened(String caseNumber, String title, String jurisdiction) {
    }
}
