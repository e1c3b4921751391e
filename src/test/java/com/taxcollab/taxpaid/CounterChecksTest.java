package com.taxcollab.taxpaid;

import static com.taxcollab.support.EngineSteps.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.support.EngineSteps;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 完税核验 at the counters (附件3 items 一、二、三) on PostgreSQL: tax records the evidence, the counter
 * that registers the transaction asks with its keys and a purpose and is told 已完税 / 已减免 / 无记录 with
 * the evidence number and nothing else; a 无记录 becomes a 涉税线索 in tax's 待办 in one step.
 */
class CounterChecksTest extends IntegrationTest {

    static final String REVIEW = "Task_ReviewLead";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegistry registry;

    EngineSteps steps;
    String company;
    String transferor;

    @BeforeEach
    void aWorkingDay() {
        steps = new EngineSteps(taskService, managementService, jdbc);
        ClockUtil.setCurrentTime(at("2026-11-02T10:00:00+08:00"));
        company = Identities.uscc();
        transferor = Identities.residentId();
    }

    @Test
    void aMarketCounterFindsTheEquityTransferPaidWithTheEvidenceNumberAndNothingElse() {
        String number = evidenceNo();
        assertThat(record("tax1", equityTransfer(number, "PAID")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> answer = equityCheck("market1", company, transferor, "股权变更登记");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("result", "PAID").containsEntry("label", "已完税")
                .containsEntry("evidence", List.of(Map.of("evidenceNo", number, "kind", "完税凭证")));
        assertThat(answer.getBody().toString()).as("no other taxpayer data")
                .doesNotContain("张三", "386000", transferor);
        assertThat(lastAudit()).contains("market1", "股权转让变更登记", "股权变更登记", "已完税", number)
                .doesNotContain(transferor);
        assertThat(equityCheck("hzmarket1", company, transferor, "注销登记").getBody())
                .as("the register is the city's: another district's counter finds it too")
                .containsEntry("label", "已完税");
    }

    @Test
    void aDeclarationRecordLetsTheEquityTransferProceed() {
        record("tax1", equityTransfer(evidenceNo(), "DECLARED"));

        Map<String, Object> answer = equityCheck("market1", company, transferor, "股权变更登记").getBody();
        assertThat(answer).containsEntry("label", "已完税");
        assertThat((List<Map<String, String>>) answer.get("evidence")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("kind", "申报记录"));
    }

    @Test
    void aVehicleNeedsBothTaxesForRegistrationAndOnlyTheVehicleAndVesselTaxForItsInspectionMark() {
        String vin = vin();
        record("tax1", vehicle(evidenceNo(), vin, "EXEMPT", List.of("车船税")));

        ResponseEntity<Map> registration = http.withBasicAuth("traffic1", "demo").getForEntity(
                "/api/checks/vehicle?vin=" + vin + "&purpose=注册登记", Map.class);
        assertThat(registration.getBody()).containsEntry("label", "无记录")
                .containsEntry("missing", List.of("车辆购置税"));
        ResponseEntity<Map> inspection = http.withBasicAuth("traffic1", "demo").getForEntity(
                "/api/checks/vehicle?vin=" + vin + "&stage=INSPECTION&purpose=核发检验合格标志", Map.class);
        assertThat(inspection.getBody()).containsEntry("label", "已减免");

        record("tax1", vehicle(evidenceNo(), vin, "PAID", List.of("车辆购置税")));
        assertThat(http.withBasicAuth("traffic1", "demo").getForEntity("/api/checks/vehicle?vin=" + vin
                + "&purpose=注册登记", Map.class).getBody()).containsEntry("label", "已完税")
                .extracting("evidence").asList().hasSize(2);
    }

    @Test
    void aPropertyTitleIsFoundByItsCertificateNumber() {
        String certificate = "苏（2026）连云港市不动产权第" + (int) (Math.random() * 9_000_000 + 1_000_000) + "号";
        record("tax1", property(evidenceNo(), certificate));

        ResponseEntity<Map> answer = http.withBasicAuth("registry1", "demo").getForEntity(
                "/api/checks/property-title?certificateNo={c}&purpose=转移登记", Map.class, certificate);

        assertThat(answer.getBody()).containsEntry("label", "已完税");
    }

    @Test
    void noRecordBecomesATaxLeadInTaxsTodoInOneStepAndItsReviewClosesTheCase() {
        ResponseEntity<Map> answer = equityCheck("market1", company, transferor, "股权变更登记");
        assertThat(answer.getBody()).containsEntry("result", "NONE").containsEntry("label", "无记录");
        String checkId = (String) answer.getBody().get("checkId");

        ResponseEntity<Map> sent = http.withBasicAuth("market1", "demo").postForEntity("/api/checks/" + checkId
                + "/lead", Map.of("partyName", "连云港某某贸易有限公司", "note", "转让方称已在外地缴税"), Map.class);
        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) sent.getBody().get("caseNumber");
        assertThat(caseNumber).startsWith("XS-");
        assertThat(http.withBasicAuth("market1", "demo").postForEntity("/api/checks/" + checkId + "/lead",
                Map.of(), Map.class).getBody()).as("sent again: still the one lead")
                .containsEntry("caseNumber", caseNumber);

        assertThat(todo("tax1", caseNumber)).as("in tax's 待办").contains(caseNumber, "核查涉税线索");
        assertThat(todo("hztax1", caseNumber)).as("not another district's").doesNotContain(caseNumber);
        String instance = registry.find(caseNumber).orElseThrow().processInstanceId();
        assertThat(steps.task(caseNumber, REVIEW).getDueDate()).as("five working days")
                .isEqualTo(at("2026-11-09T23:59:59+08:00"));
        steps.fireTimer(instance, "Timer_ReviewReminder");
        assertThat(steps.notifications("tax1", caseNumber)).contains("TASK_CREATED", "REMINDER");
        steps.fireTimer(instance, "Timer_ReviewOverdue");
        assertThat(steps.notifications("lead1", caseNumber)).contains("ESCALATION");

        steps.complete(http, "tax1", steps.task(caseNumber, REVIEW), Map.of("leadOutcome", "CONFIRMED",
                "leadOutcomeNote", "转让方未申报个人所得税，已通知限期申报"));

        assertThat(registry.find(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(jdbc.queryForMap("SELECT status, outcome FROM tax_leads WHERE case_number = ?", caseNumber))
                .containsEntry("status", "REVIEWED").containsEntry("outcome", "CONFIRMED");
        assertThat(steps.notifications("market1", caseNumber)).as("the counter hears the result")
                .contains("CASE_CLOSED");
        assertThat(jdbc.queryForList("SELECT file_name FROM case_documents WHERE case_number = ? AND kind = '核查结果'",
                String.class, caseNumber)).as("and is issued the 告知书").containsExactly(
                "核查结果-" + caseNumber + ".pdf");
    }

    @Test
    void anotherDepartmentOrAQuestionWithoutPurposeIsRefusedAndEveryQuestionIsAudited() {
        long audited = audits();

        ResponseEntity<Map> court = equityCheck("court1", company, transferor, "执行查询");
        assertThat(court.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("market1", "demo").getForEntity("/api/checks/vehicle?vin=" + vin()
                + "&purpose=登记", String.class).getStatusCode()).as("market does not register vehicles")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> noPurpose = http.withBasicAuth("market1", "demo").getForEntity(
                "/api/checks/equity-transfer?uscc=" + company + "&transferorIdNumber=" + transferor, String.class);
        assertThat(noPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPurpose.getBody()).contains("purpose", "查询事由");
        ResponseEntity<String> badKey = http.withBasicAuth("market1", "demo").getForEntity(
                "/api/checks/equity-transfer?uscc=913207&transferorIdNumber=" + transferor + "&purpose=x",
                String.class);
        assertThat(badKey.getBody()).contains("uscc");

        assertThat(audits()).as("both refusals are in the trail; a question with no purpose asked nothing")
                .isEqualTo(audited + 2);
        assertThat(jdbc.queryForList("SELECT granted FROM case_audit WHERE action = 'TAX_PAID_CHECK'"
                + " ORDER BY id DESC LIMIT 2", Boolean.class)).containsOnly(false);
    }

    @Test
    void aLeadIsTheCountersOwnAndOnlyForNoRecord() {
        String checkId = (String) equityCheck("market1", company, transferor, "股权变更登记").getBody().get("checkId");
        assertThat(http.withBasicAuth("hzmarket1", "demo").postForEntity("/api/checks/" + checkId + "/lead",
                Map.of(), String.class).getStatusCode()).as("another district's counter")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/checks/" + checkId + "/lead",
                Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        record("tax1", equityTransfer(evidenceNo(), "PAID"));
        String found = (String) equityCheck("market1", company, transferor, "股权变更登记").getBody().get("checkId");
        assertThat(found).as("a found answer has nothing to send").isNull();
    }

    @Test
    void theRegisterTakesEvidenceOnceAndNamesEveryWrongField() {
        String number = evidenceNo();
        Map<String, Object> evidence = equityTransfer(number, "PAID");
        assertThat(record("tax1", evidence).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.withBasicAuth("tax1", "demo").exchange("/api/tax-paid-evidence/" + number, HttpMethod.PUT,
                new HttpEntity<>(evidence), Map.class).getStatusCode()).as("delivered again by the bureau's system")
                .isEqualTo(HttpStatus.OK);
        Map<String, Object> changed = new HashMap<>(evidence);
        changed.put("amount", 1);
        assertThat(record("tax1", changed).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> wrong = new HashMap<>(equityTransfer(evidenceNo(), "EXEMPT"));
        wrong.put("transaction", Map.of("companyUscc", "91320700", "transferorIdNumber", "1"));
        wrong.put("taxTypes", List.of("契税"));
        wrong.put("issuedOn", "2027-01-01");
        ResponseEntity<Map> refused = record("tax1", wrong);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("kind", "transaction.companyUscc",
                "transaction.transferorIdNumber", "taxTypes", "issuedOn");
        assertThat(record("market1", equityTransfer(evidenceNo(), "PAID")).getStatusCode())
                .as("only tax records evidence").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(record("hztax1", equityTransfer(evidenceNo(), "PAID")).getStatusCode())
                .as("only its own office's").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT amount FROM tax_paid_evidence WHERE evidence_no = ?",
                java.math.BigDecimal.class, number)).isEqualByComparingTo("12800");
    }

    @Test
    void aSpreadsheetIsImportedWholeOrNotAtAllAndItsWrongCellsAreNamedByRow() throws Exception {
        String vin = vin();
        String first = evidenceNo();
        String second = evidenceNo();
        List<Object[]> rows = List.of(
                new Object[] {first, "完税凭证", "股权转让变更登记", "张三", transferor, company, transferor, null, null,
                        null, "个人所得税", 12800, "2026-10-30", "lyg"},
                new Object[] {second, "减免税证明", "机动车登记", "李四", Identities.residentId(), null, null, null, null,
                        "I" + vin.substring(1), "车辆购置税、车船税", 0, "2026-10-31", "lyg"});
        ResponseEntity<Map> refused = importSheet(rows);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("rows[3].transaction.vin", "第3行").doesNotContain("rows[2]");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tax_paid_evidence WHERE evidence_no = ?", Long.class,
                first)).as("nothing of a sheet with a wrong row").isZero();

        rows.get(1)[9] = vin;
        ResponseEntity<Map> imported = importSheet(rows);
        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody()).containsEntry("recorded", 2);
        assertThat(importSheet(rows).getBody()).as("again: nothing new").containsEntry("recorded", 0)
                .containsEntry("alreadyRecorded", 2);
        assertThat(http.withBasicAuth("traffic1", "demo").getForEntity("/api/checks/vehicle?vin=" + vin
                + "&purpose=注册登记", Map.class).getBody()).containsEntry("label", "已减免");
        assertThat(http.withBasicAuth("tax1", "demo").getForEntity("/api/tax-paid-evidence/template.xlsx",
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<Map> importSheet(List<Object[]> rows) throws java.io.IOException {
        byte[] sheet;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var s = workbook.createSheet();
            com.taxcollab.system.XlsxTables.header(s, EvidenceSpreadsheet.HEADERS,
                    EvidenceSpreadsheet.HEADERS.stream().map(h -> 20).toList());
            for (int i = 0; i < rows.size(); i++) {
                com.taxcollab.system.XlsxTables.cells(s.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            sheet = out.toByteArray();
        }
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(sheet) {
            @Override
            public String getFilename() {
                return "凭证.xlsx";
            }
        });
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("tax1", "demo").postForEntity("/api/tax-paid-evidence/import",
                new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Map> equityCheck(String user, String uscc, String transferorId, String purpose) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/checks/equity-transfer?uscc=" + uscc
                + "&transferorIdNumber=" + transferorId + "&purpose={p}", Map.class, purpose);
    }

    private ResponseEntity<Map> record(String user, Map<String, Object> evidence) {
        return http.withBasicAuth(user, "demo").postForEntity("/api/tax-paid-evidence", evidence, Map.class);
    }

    private Map<String, Object> equityTransfer(String number, String kind) {
        return Map.of("evidenceNo", number, "kind", kind, "subject", "EQUITY_TRANSFER",
                "taxpayer", Map.of("name", "张三", "idNumber", transferor),
                "transaction", Map.of("companyUscc", company, "transferorIdNumber", transferor),
                "taxTypes", List.of("个人所得税"), "amount", 12800, "issuedOn", "2026-10-30", "taxOffice", "lyg");
    }

    private static Map<String, Object> vehicle(String number, String vin, String kind, List<String> taxes) {
        return Map.of("evidenceNo", number, "kind", kind, "subject", "VEHICLE",
                "taxpayer", Map.of("name", "李四", "idNumber", Identities.residentId()),
                "transaction", Map.of("vin", vin), "taxTypes", taxes, "amount", "EXEMPT".equals(kind) ? 0 : 15900,
                "issuedOn", "2026-10-30", "taxOffice", "lyg");
    }

    private static Map<String, Object> property(String number, String certificate) {
        return Map.of("evidenceNo", number, "kind", "PAID", "subject", "PROPERTY_TITLE",
                "taxpayer", Map.of("name", "王五", "idNumber", Identities.residentId()),
                "transaction", Map.of("certificateNo", certificate), "taxTypes", List.of("契税"), "amount", 36000,
                "issuedOn", "2026-10-30", "taxOffice", "lyg");
    }

    private String todo(String user, String caseNumber) {
        return http.withBasicAuth(user, "demo").getForObject("/api/tasks?view=todo&q=" + caseNumber, String.class);
    }

    private long audits() {
        return jdbc.queryForObject("SELECT count(*) FROM case_audit WHERE action = 'TAX_PAID_CHECK'", Long.class);
    }

    private String lastAudit() {
        return jdbc.queryForObject("SELECT user_id || ' ' || detail FROM case_audit WHERE action = 'TAX_PAID_CHECK'"
                + " ORDER BY id DESC LIMIT 1", String.class);
    }

    private static String evidenceNo() {
        return "3320" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    private static String vin() {
        String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        StringBuilder vin = new StringBuilder("LSV");
        while (vin.length() < 17) {
            vin.append(alphabet.charAt((int) (Math.random() * alphabet.length())));
        }
        return vin.toString();
    }
}
