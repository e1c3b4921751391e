package com.taxcollab.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.taxcollab.cases.SampleFiles;
import com.taxcollab.support.Identities;
import com.taxcollab.support.IntegrationTest;
import com.taxcollab.system.ChinaTime;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every process of {@code bpmn/} worked end to end as its users' client programs would, through the
 * product's HTTP API alone: each case opened at its door, each task found in the 待办 of the department it
 * is offered to, read with its form and completed, each outside event sent through its endpoint, and the
 * case file read at the end. The scenario tests find their tasks through the engine; this class exists so
 * that a task no API user can see, or a step no endpoint can take, fails here.
 */
class EveryProcessThroughApiTest extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    /** who worked the case in this test: at its end, none of them has anything of it left to do */
    final Set<String> workers = new LinkedHashSet<>();
    /** the product's own clock is the real one here, so the dates sent are today's and after */
    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(ChinaTime.ZONE);
    }

    @Test
    void assistanceRequest() {
        String caseNumber = open("tax1", "XZ", Map.of("duty", "social-insurance-hrss",
                "taxpayer", Map.of("name", "连云港某某化工有限公司", "uscc", Identities.uscc()),
                "request", "请提供该企业2026年度参保人数及缴费基数，以核对社会保险费申报。",
                "attachments", List.of(attachment("协助函"))));

        work("hrss1", caseNumber, "Task_Answer", Map.of("assistanceAnswer", "ANSWER",
                "answerText", "已提供参保缴费记录。", "figures", "参保 37 人"));
        work("tax1", caseNumber, "Task_ReviewAnswer", Map.of("answerReview", "CONFIRM"));

        assertClosed("tax1", caseNumber);
    }

    @Test
    void bankAssistance() {
        String caseNumber = open("tax1", "YH", Map.of("kind", "FREEZE",
                "taxpayer", Map.of("name", "连云港某某贸易有限公司", "uscc", Identities.uscc()),
                "bankName", "中国工商银行连云港分行", "accountNo", "1107020109000012345", "amount", 200000,
                "noticeNo", "连税冻〔2026〕" + serial() + "号",
                "attachments", List.of(attachment("冻结存款通知书"), attachment("税收保全措施决定书"))));

        work("bank1", caseNumber, "Task_Freeze", Map.of("frozenAmount", 80000.5, "receiptNo", "DJ-2026-032"));
        assertThat(caseFile("tax1", caseNumber).toString()).contains("冻结中");
        // the freeze ends before its term when tax says so; the bank is waiting for that notice
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/bank-assistance/" + caseNumber
                + "/release", Map.of("releaseNoticeNo", "连税解冻〔2026〕" + serial() + "号"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        work("bank1", caseNumber, "Task_ConfirmRelease", Map.of("releaseReceiptNo", "JD-2026-020"));

        assertClosed("tax1", caseNumber);
    }

    @Test
    void bankruptcyNotification() {
        LocalDate accepted = today.minusDays(3);
        LocalDate claimDeadline = accepted.plusDays(60);
        LocalDate meeting = claimDeadline.plusDays(10);
        Map<String, Object> form = new HashMap<>();
        form.put("courtName", "连云港市中级人民法院");
        form.put("courtCaseNumber", "（2026）苏07破" + serial() + "号");
        form.put("debtorName", "连云港某某贸易有限公司");
        form.put("debtorUscc", Identities.uscc());
        form.put("administratorName", "江苏某某律师事务所");
        form.put("administratorContact", "0518-85000000");
        form.put("acceptedOn", accepted.toString());
        form.put("claimDeadline", claimDeadline.toString());
        form.put("firstCreditorsMeeting", meeting.toString());
        String caseNumber = open("court1", "PC", form);

        work("tax1", caseNumber, "Task_AcknowledgeCase", Map.of("arrearsTax", 85000, "arrearsLateFees", 1200.5,
                "arrearsFines", 0, "arrearsSocialInsurance", 30000));
        work("tax1", caseNumber, "Task_DeclareClaim", Map.of("claimAmount", 116200.5,
                "claimDeclaredOn", today.toString()));
        courtEvent(caseNumber, Map.of("type", "DISTRIBUTION", "amount", 152300.55,
                "date", meeting.plusDays(30).toString()));
        work("tax1", caseNumber, "Task_AttendCreditorsMeeting", Map.of("meetingAttended", true));
        work("tax1", caseNumber, "Task_RecordDistribution", Map.of("distributionReceived", 152300.55));
        courtEvent(caseNumber, Map.of("type", "PROCEDURE_TERMINATED", "date", meeting.plusDays(60).toString(),
                "ruling", "（2026）苏07破终字第1号"));
        work("tax1", caseNumber, "Task_CompleteDeregistration", Map.of("deregisteredOn",
                meeting.plusDays(70).toString()));

        assertClosed("court1", caseNumber);
    }

    @Test
    void courtAuctionTaxGuidance() {
        LocalDate planned = today.plusDays(20);
        Map<String, Object> form = new HashMap<>();
        form.put("courtName", "连云港市中级人民法院");
        form.put("courtCaseNumber", "（2026）苏07执" + serial() + "号");
        form.put("propertyKind", "住宅");
        form.put("propertyLocation", "海州区通灌北路88号3幢1202室");
        form.put("certificateNo", "苏(2020)连云港市不动产权第" + serial() + "号");
        form.put("propertyArea", 118.6);
        form.put("appraisalPrice", 1500000);
        form.put("reservePrice", 1050000);
        form.put("ownerKind", "INDIVIDUAL");
        form.put("ownerName", "赵六");
        form.put("ownerIdNumber", Identities.residentId());
        form.put("auctionPlatform", "人民法院诉讼资产网");
        form.put("plannedDate", planned.toString());
        String caseNumber = open("court1", "PM", form);

        work("tax1", caseNumber, "Task_IssueGuidance", Map.of("knownArrears", 12000,
                "guidanceNotes", "被执行人名下另有欠税，请在拍卖公告中列明。"));
        // the result comes from the court's system; its clerk's task 报告拍卖结果 is the other way in
        courtEvent(caseNumber, Map.of("type", "AUCTION_RESULT", "result", "SOLD", "date", planned.toString(),
                "price", 900000.00, "buyer", Map.of("name", "李四", "idNumber", Identities.residentId())));
        work("tax1", caseNumber, "Task_AssessTaxes", Map.of("assessedSellerTaxes", 31500.5,
                "assessedBuyerTaxes", 9000, "assessmentNotes", "增值税 27000 元等"));
        work("court1", caseNumber, "Task_AssistCollection", Map.of("collectedAmount", 31500.5,
                "collectedOn", planned.plusDays(5).toString()));
        work("tax1", caseNumber, "Task_ConfirmReceipt", Map.of("receivedAmount", 31500.5,
                "receiptNumber", "332066260000123456"));

        assertClosed("court1", caseNumber);
    }

    @Test
    void criminalCaseTransfer() {
        String caseNumber = open("tax1", "YS", Map.of(
                "taxpayer", Map.of("name", "连云港某某贸易有限公司", "uscc", Identities.uscc()),
                "suspectedOffence", "逃税罪", "facts", "2024至2025年度采取隐匿收入、虚假申报手段，少缴税款数额较大。",
                "amount", 1_250_000,
                "attachments", List.of(attachment("涉嫌犯罪案件移送书"), attachment("涉嫌犯罪案件情况的调查报告"))));

        work("police1", caseNumber, "Task_DecideFiling", Map.of("filingDecision", "FILE"));
        work("police1", caseNumber, "Task_ReportOutcome", Map.of("outcome", "PROSECUTION"));

        assertClosed("tax1", caseNumber);
    }

    @Test
    void disputeEscalation() {
        String caseNumber = open("court1", "ZY", Map.of("departments", List.of("court", "realestate"),
                "matter", "不动产查封信息共享", "description", "双方对查封信息推送职责有分歧。"));

        work("tax1", caseNumber, "Task_Negotiate", Map.of("negotiationOutcome", "AGREED",
                "agreementText", "查封登记信息由不动产登记中心每周推送税务局。"));
        // one confirmation for each department, each in that department's 待办 only
        work("court1", caseNumber, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));
        work("registry1", caseNumber, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));

        assertClosed("court1", caseNumber);
    }

    @Test
    void exitControl() {
        String caseNumber = open("tax1", "BK", Map.of(
                "person", Map.of("name", "张三", "idNumber", Identities.residentId()),
                "role", "LEGAL_REPRESENTATIVE",
                "company", Map.of("name", "连云港某某贸易有限公司", "uscc", Identities.uscc()),
                "unpaidAmount", 386000, "noticeNo", "连税边〔2026〕" + serial() + "号",
                "attachments", List.of(attachment("边控对象通知书"))));

        work("immig1", caseNumber, "Task_RegisterControl", Map.of("registrationNo", "BK2026-0451"));
        // the taxpayer pays: tax records it with the lift notice, and immigration is asked to lift
        ResponseEntity<String> settled = http.withBasicAuth("tax1", "demo").postForEntity("/api/exit-controls/"
                + caseNumber + "/settlement", Map.of("kind", "PAID", "note", "已缴清",
                "liftNoticeNo", "连税解边〔2026〕" + serial() + "号"), String.class);
        assertThat(settled.getStatusCode()).as("%s", settled.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        work("immig1", caseNumber, "Task_LiftControl", Map.of("liftRegistrationNo", "JC2026-0099"));

        assertClosed("tax1", caseNumber);
    }

    @Test
    @SuppressWarnings("unchecked")
    void propertySeizureAssistance() {
        Map<String, Object> request = new HashMap<>();
        request.put("taxpayerName", "连云港某某置业有限公司");
        request.put("taxpayerIdNumber", "91350100M000100Y43");
        request.put("certificateNo", "苏（2026）连云港市不动产权第" + UUID.randomUUID().toString().substring(0, 8) + "号");
        request.put("location", "连云港市海州区朝阳东路 1 号");
        request.put("area", 128.5);
        request.put("legalBasis", "TAX_PRESERVATION");
        request.put("taxDecisionNo", "连税保〔2026〕3号");
        request.put("assistanceNoticeNo", "连税协执〔2026〕" + serial() + "号");
        request.put("termMonths", 36);
        String caseNumber = open("tax1", "CF", request);

        work("registry1", caseNumber, "Task_RegisterSeizure", Map.of("registrationOutcome", "REGISTERED",
                "registrationNo", "连查登字" + caseNumber, "registrationDate", today.toString()));
        Map<String, Object> sealed = caseFile("tax1", caseNumber);
        assertThat(((Map<String, Object>) sealed.get("facts")).get("summary")).asString().startsWith("已查封，至 ");
        assertThat(sealed.get("status")).isEqualTo("OPEN");
        assertThat(todo("registry1", caseNumber)).isEmpty();

        // Left alone the seizure ends only by its term's timer; tax releasing it is the way an API client ends it.
        assertThat(http.withBasicAuth("tax1", "demo").postForEntity("/api/seizures/" + caseNumber + "/release",
                Map.of("reason", "税款已缴清"), String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        work("registry1", caseNumber, "Task_LiftSeizure", Map.of("releaseRegistrationNo", "连解字" + serial() + "号"));

        // 记录解封 (Task_RecordRelease) is asynchronous: the job executor records the release and closes the
        // case, and the suite runs without one. So the case file shows the release under way, and no task.
        Map<String, Object> releasing = caseFile("tax1", caseNumber);
        assertThat(((Map<String, Object>) releasing.get("facts")).get("summary")).isEqualTo("解封办理中");
        assertThat((List<?>) releasing.get("openTasks")).isEmpty();
        for (String user : workers) {
            assertThat(todo(user, caseNumber)).as("%s's 待办", user).isEmpty();
        }
    }

    @Test
    void rectificationTracking() {
        String caseNumber = open("super1", "ZG", Map.of("title", "督查通报（全流程接口测试）", "items", List.of(Map.of(
                "problem", "办税服务厅排队过长", "requirement", "限期整改到位", "department", "tax",
                "personName", "张三", "personIdNumber", "11010519491231002X",
                "dueDate", today.plusDays(30).toString()))));

        work("tax1", caseNumber, "Task_Rectify", Map.of("unitAction", "REPORT",
                "rectificationReport", "已增设窗口并推行预约办税，附证据。"));
        work("super1", caseNumber, "Task_Review", Map.of("reviewDecision", "ACCEPT", "reviewComment", "同意销号"));

        assertClosed("super1", caseNumber);
    }

    @Test
    @SuppressWarnings("unchecked")
    void taxLead() {
        // a lead has no door of its own: the market counter asks whether the tax was paid, is told 无记录, sends it
        ResponseEntity<Map> answer = http.withBasicAuth("market1", "demo").getForEntity(
                "/api/checks/equity-transfer?uscc=" + Identities.uscc() + "&transferorIdNumber="
                        + Identities.residentId() + "&purpose={p}", Map.class, "股权变更登记");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("label", "无记录");
        ResponseEntity<Map> sent = http.withBasicAuth("market1", "demo").postForEntity("/api/checks/"
                + answer.getBody().get("checkId") + "/lead", Map.of("partyName", "连云港某某贸易有限公司",
                "note", "转让方称已在外地缴税"), Map.class);
        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) sent.getBody().get("caseNumber");
        workers.add("market1");

        work("tax1", caseNumber, "Task_ReviewLead", Map.of("leadOutcome", "CONFIRMED",
                "leadOutcomeNote", "转让方未申报个人所得税，已通知限期申报"));

        assertClosed("market1", caseNumber);
    }

    /** Opens the case as the user through {@code POST /api/cases}, in 连云港市 (lyg); returns its number. */
    private String open(String user, String type, Map<String, Object> variables) {
        ResponseEntity<Map> opened = http.withBasicAuth(user, "demo").postForEntity("/api/cases",
                Map.of("type", type, "jurisdiction", "lyg", "variables", variables), Map.class);
        assertThat(opened.getStatusCode()).as("%s opens a %s case: %s", user, type, opened.getBody())
                .isEqualTo(HttpStatus.CREATED);
        workers.add(user);
        return (String) opened.getBody().get("caseNumber");
    }

    /**
     * Does the case's task as the user would: finds it in their 待办, reads it with its form, and completes it
     * with values of the form's own fields.
     */
    @SuppressWarnings("unchecked")
    private void work(String user, String caseNumber, String taskKey, Map<String, Object> values) {
        List<Map<String, Object>> todo = todo(user, caseNumber);
        Map<String, Object> task = todo.stream().filter(t -> taskKey.equals(t.get("taskKey"))).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " of " + caseNumber + " is not in " + user
                        + "'s 待办, which holds of the case: " + todo.stream().map(t -> t.get("taskKey")).toList()));
        String id = (String) task.get("id");

        ResponseEntity<Map> read = http.withBasicAuth(user, "demo").getForEntity("/api/tasks/" + id, Map.class);
        assertThat(read.getStatusCode()).as("%s reads %s: %s", user, taskKey, read.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) read.getBody().get("task")).containsEntry("taskKey", taskKey)
                .containsEntry("caseNumber", caseNumber);
        assertThat(read.getBody().get("schema")).as("%s's form", taskKey).isNotNull();
        List<String> writable = ((List<Map<String, Object>>) read.getBody().get("fields")).stream()
                .filter(f -> Boolean.TRUE.equals(f.get("writable"))).map(f -> (String) f.get("key")).toList();
        assertThat(writable).as("the fields of %s's form", taskKey).containsAll(values.keySet());

        ResponseEntity<String> done = http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + id
                + "/complete", Map.of("variables", values), String.class);
        assertThat(done.getStatusCode()).as("%s completes %s of %s: %s", user, taskKey, caseNumber, done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        workers.add(user);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> todo(String user, String caseNumber) {
        ResponseEntity<List> answer = http.withBasicAuth(user, "demo").getForEntity(
                "/api/tasks?view=todo&q=" + caseNumber, List.class);
        assertThat(answer.getStatusCode()).as("%s's 待办: %s", user, answer.getBody()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) answer.getBody()).stream()
                .filter(t -> caseNumber.equals(t.get("caseNumber"))).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> caseFile(String user, String caseNumber) {
        ResponseEntity<Map> file = http.withBasicAuth(user, "demo").getForEntity("/api/cases/" + caseNumber,
                Map.class);
        assertThat(file.getStatusCode()).as("%s reads the case file: %s", user, file.getBody())
                .isEqualTo(HttpStatus.OK);
        return file.getBody();
    }

    /** The case file, as the user reads it, shows the case closed, and nobody who worked it has a task of it. */
    private void assertClosed(String reader, String caseNumber) {
        Map<String, Object> file = caseFile(reader, caseNumber);
        assertThat(file).containsEntry("status", "CLOSED").containsEntry("statusLabel", "已办结");
        assertThat(file.get("closedAt")).isNotNull();
        assertThat((List<?>) file.get("openTasks")).isEmpty();
        for (String user : workers) {
            assertThat(todo(user, caseNumber)).as("%s's 待办", user).isEmpty();
        }
    }

    /** The court's system reports an event of the case through the court API. */
    private void courtEvent(String caseNumber, Map<String, Object> event) {
        ResponseEntity<String> reported = http.withBasicAuth("court1", "demo").postForEntity("/api/court/cases/"
                + caseNumber + "/events", event, String.class);
        assertThat(reported.getStatusCode()).as("%s: %s", event.get("type"), reported.getBody())
                .isEqualTo(HttpStatus.ACCEPTED);
    }

    private static Map<String, Object> attachment(String kind) {
        return Map.of("kind", kind, "fileName", kind + ".pdf",
                "content", Base64.getEncoder().encodeToString(SampleFiles.pdf(kind)));
    }

    /** Numbers of documents and court cases of this test's own: all tests share one database. */
    private static int serial() {
        return ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
