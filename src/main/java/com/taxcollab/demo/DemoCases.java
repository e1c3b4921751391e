package com.taxcollab.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.cases.official.IssuedDocuments;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A first start of the demo shows a living system: on an empty database it opens a dozen cases of
 * every type through the product's own API, as the demo users would, some weeks ago so that they
 * are overdue by now, others today, and works some of their tasks on. Never with the demo off, never
 * on a database that has cases.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final Duration WEEKS_AGO = Duration.ofDays(25);

    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final boolean enabled;
    private final IssuedDocuments issuedDocuments;

    DemoCases(JdbcTemplate jdbc, Environment environment, IssuedDocuments issuedDocuments,
            @Value("${taxcollab.demo.enabled:false}") boolean demo,
            @Value("${taxcollab.demo.seed-cases:true}") boolean seedCases) {
        this.issuedDocuments = issuedDocuments;
        this.jdbc = jdbc;
        this.environment = environment;
        this.enabled = demo && seedCases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnce() {
        if (!enabled || jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class) > 0) {
            return;
        }
        DemoClient api = new DemoClient("http://localhost:" + environment.getProperty("local.server.port", "8080"));
        try {
            // weeks ago: their deadlines have passed by now, and the timers fire once the clock is back
            ClockUtil.setCurrentTime(Date.from(Instant.now().minus(WEEKS_AGO)));
            openOverdueWork(api);
            ClockUtil.reset();
            openTodaysWork(api);
            openFinishedWork(api);
            log.info("Demo cases opened: {}", jdbc.queryForObject("SELECT COUNT(*) FROM cases", Long.class));
        } catch (RuntimeException e) {
            log.warn("Demo cases could not all be opened: {}", e.getMessage());
        } finally {
            ClockUtil.reset();
        }
    }

    private void openOverdueWork(DemoClient api) {
        api.post("court1", "/api/disputes", Map.of("jurisdiction", "lyg", "departments", List.of("court", "realestate"),
                "matter", "司法拍卖不动产过户完税证明", "description", "拍卖成交后的过户，完税证明由哪个部门出具、何时出具存在分歧。"));
        api.post("court1", "/api/court/cases", auction("lyg", "（2026）苏07执恢123号", "李四", "320703197803031235",
                "连云区海棠北路66号1幢1201室", 2150000, 1505000));
        String sealed = api.post("tax1", "/api/seizures", seizure("lyg", "连云港某某置业有限公司", "91320700MA1X2Y3K4H",
                "苏（2025）连云港市不动产权第0031415号", "连税协执〔2026〕21号"));
        api.complete("registry1", sealed, "Task_RegisterSeizure", Map.of("registrationOutcome", "REGISTERED",
                "registrationNo", "连查登字2026第0107号"));
        LocalDate today = LocalDate.now();
        api.post("super1", "/api/rectifications", Map.of("title", "连督〔2026〕7号 税费协同督查通报", "jurisdiction", "lyg",
                "items", List.of(
                        item("二手房交易未先税后证，3 宗登记未核验完税凭证", "realestate", today.minusDays(9)),
                        item("法院拍卖财产税费指引平均出具超过 5 个工作日", "tax", today.plusDays(2)),
                        item("个人股权转让变更登记未查验申报记录", "market", today.plusDays(30)))));
    }

    private void openTodaysWork(DemoClient api) {
        api.post("hzcourt1", "/api/disputes", Map.of("jurisdiction", "haizhou", "departments", List.of("court", "tax"),
                "matter", "破产企业房产处置税费承担", "description", "管理人与税务机关对处置不动产的增值税承担有分歧。"));
        api.post("court1", "/api/court/cases", bankruptcy("lyg", "（2026）苏07破15号", "连云港某某贸易有限公司",
                "91320700MA1P9Q8R7Q", LocalDate.now().plusDays(7)));
        api.post("hzcourt1", "/api/court/cases", auction("haizhou", "（2026）苏0706执301号", "王五", "320706198505051231",
                "海州区新浦路18号3幢502室", 1295000, 906500));
        api.post("hztax1", "/api/seizures", seizure("haizhou", "海州某某商贸有限公司", "91320706MA1M2N3P4X",
                "苏（2024）连云港市不动产权第0027182号", "海税协执〔2026〕9号"));
        String agreed = api.post("registry1", "/api/disputes", Map.of("jurisdiction", "lyg",
                "departments", List.of("realestate", "market"), "matter", "存量房交易信息共享口径",
                "description", "交易价格信息推送的字段与频次需要统一。"));
        api.complete("tax1", agreed, "Task_Negotiate", Map.of("negotiationOutcome", "AGREED",
                "agreementText", "交易价格信息每日推送一次，字段按附件1第5项执行。"));
        openCounterAndEnforcementWork(api);
    }

    /** The registry finds a title paid on /checks, market sends tax a lead, a bank and immigration have work. */
    private void openCounterAndEnforcementWork(DemoClient api) {
        api.post("tax1", "/api/tax-paid-evidence", Map.of("evidenceNo", "332070126000052011", "kind", "PAID",
                "subject", "PROPERTY_TITLE", "taxpayer", Map.of("name", "赵六", "idNumber", "320703198201011231"),
                "transaction", Map.of("certificateNo", "苏（2026）连云港市不动产权第0052011号"),
                "taxTypes", List.of("契税"), "amount", 36000, "issuedOn", LocalDate.now().minusDays(1).toString(),
                "taxOffice", "lyg"));
        JsonNode none = api.get("market1", "/api/checks/equity-transfer?uscc={u}&transferorIdNumber={t}&purpose={p}",
                "91320700MA1P9Q8R7Q", "320703197905051237", "股权变更登记 GQ2026-0088");
        api.post("market1", "/api/checks/" + none.path("checkId").asText() + "/lead", Map.of("partyName",
                "连云港某某贸易有限公司", "note", "自然人股东转让 30% 股权，未能提供个人所得税完税凭证或申报记录。"));
        api.post("tax1", "/api/bank-assistance", Map.of("jurisdiction", "lyg", "kind", "FREEZE",
                "taxpayer", Map.of("name", "连云港某某置业有限公司", "uscc", "91320700MA1X2Y3K4H"),
                "bankName", "中国工商银行连云港分行", "accountNo", "1107020109000012345", "amount", 480000,
                "noticeNo", "连税冻〔2026〕11号", "attachments", List.of(document("冻结存款通知书"),
                        document("税收保全措施决定书"))));
        api.post("tax1", "/api/exit-controls", Map.of("jurisdiction", "lyg",
                "person", Map.of("name", "孙七", "idNumber", "320703197606061232"), "role", "LEGAL_REPRESENTATIVE",
                "company", Map.of("name", "连云港某某置业有限公司", "uscc", "91320700MA1X2Y3K4H"),
                "unpaidAmount", 386000, "noticeNo", "连税边〔2026〕5号",
                "attachments", List.of(document("边控对象通知书"))));
    }

    /**
     * Cases worked to their end or far along, so that the first start shows closed cases beside open
     * ones, and the documents the product issues (税费指引, 解除边控对象通知书, 告知书, 解除查封通知书).
     */
    private void openFinishedWork(DemoClient api) {
        String agreed = api.post("court1", "/api/disputes", Map.of("jurisdiction", "lyg",
                "departments", List.of("court", "realestate"), "matter", "拍卖不动产查封信息共享频次",
                "description", "查封、解封信息推送税务局的时限需要明确。"));
        api.complete("tax1", agreed, "Task_Negotiate", Map.of("negotiationOutcome", "AGREED",
                "agreementText", "查封、解封信息由不动产登记中心每周一推送税务局。"));
        api.complete("court1", agreed, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));
        api.complete("registry1", agreed, "Task_ConfirmAgreement", Map.of("confirmation", "CONFIRM"));

        String answered = api.post("tax1", "/api/cases", Map.of("type", "XZ", "jurisdiction", "lyg", "variables",
                Map.of("duty", "social-insurance-hrss", "taxpayer", Map.of("name", "连云港某某化工有限公司",
                        "uscc", "91320700MA1X2Y3K4H"), "request", "请提供该企业2026年度参保人数及缴费基数。",
                        "attachments", List.of(document("协助函")))));
        api.complete("hrss1", answered, "Task_Answer", Map.of("assistanceAnswer", "ANSWER",
                "answerText", "已提供参保缴费记录。", "figures", "参保 37 人"));
        api.complete("tax1", answered, "Task_ReviewAnswer", Map.of("answerReview", "CONFIRM"));
        api.post("tax1", "/api/cases", Map.of("type", "XZ", "jurisdiction", "lyg", "variables",
                Map.of("duty", "social-insurance-hrss", "taxpayer", Map.of("name", "连云港某某贸易有限公司",
                        "uscc", "91320700MA1P9Q8R7Q"), "request", "请提供该企业近三年参保人数变化情况。",
                        "attachments", List.of(document("协助函")))));

        String transferred = api.post("tax1", "/api/cases", Map.of("type", "YS", "jurisdiction", "lyg", "variables",
                Map.of("taxpayer", Map.of("name", "连云港某某贸易有限公司", "uscc", "91320700MA1P9Q8R7Q"),
                        "suspectedOffence", "逃税罪", "facts", "2024至2025年度隐匿收入、虚假申报，少缴税款数额较大。",
                        "amount", 1_250_000, "attachments", List.of(document("涉嫌犯罪案件移送书"),
                                document("涉嫌犯罪案件情况的调查报告")))));
        api.complete("police1", transferred, "Task_DecideFiling", Map.of("filingDecision", "FILE"));

        String lifted = api.post("tax1", "/api/cases", Map.of("type", "BK", "jurisdiction", "lyg", "variables",
                Map.of("person", Map.of("name", "周八", "idNumber", "320706198505051231"), "role",
                        "LEGAL_REPRESENTATIVE", "company", Map.of("name", "海州某某商贸有限公司",
                                "uscc", "91320706MA1M2N3P4X"), "unpaidAmount", 126000,
                        "noticeNo", "连税边〔2026〕9号", "attachments", List.of(document("边控对象通知书")))));
        api.complete("immig1", lifted, "Task_RegisterControl", Map.of("registrationNo", "BK2026-0452"));
        api.post("tax1", "/api/exit-controls/" + lifted + "/settlement", Map.of("kind", "PAID", "note", "欠税已缴清",
                "liftNoticeNo", "连税解边〔2026〕3号"));
        api.complete("immig1", lifted, "Task_LiftControl", Map.of("liftRegistrationNo", "JC2026-0100"));

        JsonNode none = api.get("market1", "/api/checks/equity-transfer?uscc={u}&transferorIdNumber={t}&purpose={p}",
                "91320706MA1M2N3P4X", "320706198505051231", "股权变更登记 GQ2026-0091");
        String lead = api.post("market1", "/api/checks/" + none.path("checkId").asText() + "/lead", Map.of(
                "partyName", "海州某某商贸有限公司", "note", "转让方称已在外地缴税。"));
        api.complete("tax1", lead, "Task_ReviewLead", Map.of("leadOutcome", "CONFIRMED",
                "leadOutcomeNote", "转让方未申报个人所得税，已通知限期申报。"));

        String rectified = api.post("super1", "/api/rectifications", Map.of("title", "连督〔2026〕5号 窗口服务督查",
                "jurisdiction", "lyg", "items", List.of(item("办税服务厅排队过长", "tax", LocalDate.now().plusDays(20)))));
        api.complete("tax1", rectified, "Task_Rectify", Map.of("unitAction", "REPORT",
                "rectificationReport", "已增设窗口并推行预约办税。"));
        api.complete("super1", rectified, "Task_Review", Map.of("reviewDecision", "ACCEPT",
                "reviewComment", "整改到位，同意销号。"));

        String guided = api.post("hzcourt1", "/api/court/cases", auction("haizhou", "（2026）苏0706执318号", "钱七",
                "320706198505051231", "海州区通灌北路88号3幢1202室", 1500000, 1050000));
        api.complete("hztax1", guided, "Task_IssueGuidance", Map.of("knownArrears", 12000,
                "guidanceNotes", "被执行人名下另有欠税，请在拍卖公告中列明。"));

        String released = api.post("tax1", "/api/seizures", seizure("lyg", "连云港某某化工有限公司",
                "91320700MA1X2Y3K4H", "苏（2024）连云港市不动产权第0019876号", "连税协执〔2026〕17号"));
        api.complete("registry1", released, "Task_RegisterSeizure", Map.of("registrationOutcome", "REGISTERED",
                "registrationNo", "连查登字2026第0098号"));
        api.post("tax1", "/api/seizures/" + released + "/release", Map.of("reason", "税款及滞纳金已缴清"));
    }

    /** A tax document as the officer would upload it: a specimen, neither numbered nor registered. */
    private Map<String, Object> document(String kind) {
        byte[] pdf = issuedDocuments.specimen("lyg", "specimen", Map.of("kind", kind), "tax1");
        return Map.of("kind", kind, "fileName", kind + ".pdf", "content", Base64.getEncoder().encodeToString(pdf));
    }

    private static Map<String, Object> item(String problem, String department, LocalDate due) {
        return Map.of("problem", problem, "requirement", "限期整改到位并报送整改报告", "department", department,
                "personName", "张三", "dueDate", due.toString());
    }

    private static Map<String, Object> seizure(String jurisdiction, String taxpayer, String uscc, String certificate,
            String notice) {
        return Map.of("jurisdiction", jurisdiction, "taxpayerName", taxpayer, "taxpayerIdNumber", uscc,
                "certificateNo", certificate, "location", "连云港市海州区朝阳东路 1 号", "area", 128.5,
                "legalBasis", "TAX_PRESERVATION", "taxDecisionNo", notice.replace("协执", "保"),
                "assistanceNoticeNo", notice, "termMonths", 36);
    }

    private static Map<String, Object> auction(String jurisdiction, String caseNo, String owner, String ownerId,
            String location, int appraisal, int reserve) {
        return Map.of("type", "AUCTION_TAX_GUIDANCE", "courtName", "haizhou".equals(jurisdiction)
                        ? "连云港市海州区人民法院" : "连云港市中级人民法院", "courtCaseNumber", caseNo,
                "jurisdiction", jurisdiction,
                "property", Map.of("kind", "住宅", "location", location, "certificateNo",
                        "苏(2021)连云港市不动产权第" + appraisal + "号", "area", 96.3, "appraisalPrice", appraisal,
                        "reservePrice", reserve),
                "owner", Map.of("kind", "INDIVIDUAL", "name", owner, "idNumber", ownerId),
                "auction", Map.of("platform", "人民法院诉讼资产网", "plannedDate", LocalDate.now().plusDays(40).toString()));
    }

    private static Map<String, Object> bankruptcy(String jurisdiction, String caseNo, String debtor, String uscc,
            LocalDate claimDeadline) {
        return Map.of("type", "BANKRUPTCY", "courtName", "连云港市中级人民法院", "courtCaseNumber", caseNo,
                "jurisdiction", jurisdiction, "debtor", Map.of("name", debtor, "uscc", uscc),
                "administrator", Map.of("name", "江苏某某律师事务所", "contact", "0518-85000000"),
                "acceptedOn", LocalDate.now().minusDays(25).toString(), "claimDeadline", claimDeadline.toString(),
                "firstCreditorsMeeting", claimDeadline.plusDays(10).toString());
    }

    /** The answer's case number. */
    static String caseNumber(JsonNode answer) {
        return answer.path("caseNumber").asText(null);
    }
}
