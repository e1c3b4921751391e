package com.taxcollab.taxpaid;

import com.taxcollab.security.CurrentUserService;
import com.taxcollab.system.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register of tax-paid evidence: an officer records a piece ({@code POST}) or imports a sheet
 * ({@code POST /api/tax-paid-evidence/import}, template at {@code /api/tax-paid-evidence/template.xlsx});
 * the tax bureau's own systems deliver theirs by number ({@code PUT /api/tax-paid-evidence/{evidenceNo}},
 * safe to repeat).
 * 201 when recorded, 200 when the same evidence was already there, 409 when the number holds other content.
 */
@RestController
@RequestMapping("/api/tax-paid-evidence")
class TaxPaidEvidenceController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TaxPaidRegister register;
    private final EvidenceSpreadsheet spreadsheet;
    private final CurrentUserService users;

    TaxPaidEvidenceController(TaxPaidRegister register, EvidenceSpreadsheet spreadsheet, CurrentUserService users) {
        this.register = register;
        this.spreadsheet = spreadsheet;
        this.users = users;
    }

    @PostMapping
    ResponseEntity<TaxPaidRegister.Recorded> record(@RequestBody EvidenceRequest request) {
        return answer(register.record(users.require(), request, TaxPaidRegister.Source.OFFICER));
    }

    @PutMapping("/{evidenceNo}")
    ResponseEntity<TaxPaidRegister.Recorded> deliver(@PathVariable String evidenceNo,
            @RequestBody EvidenceRequest request) {
        if (request.evidenceNo() != null && !evidenceNo.equals(request.evidenceNo().strip())) {
            throw new InvalidInputException("evidenceNo", "请求内容中的凭证号码与地址中的不一致");
        }
        EvidenceRequest numbered = new EvidenceRequest(evidenceNo, request.kind(), request.subject(),
                request.taxpayer(), request.transaction(), request.taxTypes(), request.amount(), request.issuedOn(),
                request.taxOffice());
        return answer(register.record(users.require(), numbered, TaxPaidRegister.Source.INTEGRATION));
    }

    record Imported(int recorded, int alreadyRecorded) {
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("完税凭证导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(spreadsheet.template());
    }

    /** The whole sheet or nothing; each wrong cell is named by its row ({@code rows[3].vin}: 第3行 …). */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Imported importSheet(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择要导入的 .xlsx 文件");
        }
        List<TaxPaidRegister.Recorded> recorded;
        try (InputStream in = file.getInputStream()) {
            recorded = register.importRows(users.require(), spreadsheet.read(in));
        }
        int created = (int) recorded.stream().filter(TaxPaidRegister.Recorded::created).count();
        return new Imported(created, recorded.size() - created);
    }

    private static ResponseEntity<TaxPaidRegister.Recorded> answer(TaxPaidRegister.Recorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded);
    }
}
