package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.auction.AuctionVariables;
import com.taxcollab.bankruptcy.BankruptcyVariables;
import com.taxcollab.cases.CaseRecord;
import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseStatus;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a court reports on its side, checked and delivered to the case's process as a BPMN message.
 * An event the process is not waiting for is refused (409) and changes nothing.
 */
@Service
class CourtEvents {

    static final String AUCTION_RESULT = "AUCTION_RESULT";
    static final String DISTRIBUTION = "DISTRIBUTION";
    static final String PROCEDURE_TERMINATED = "PROCEDURE_TERMINATED";
    static final String MEETING_RESCHEDULED = "MEETING_RESCHEDULED";
    static final Set<String> TYPES = Set.of(AUCTION_RESULT, DISTRIBUTION, PROCEDURE_TERMINATED, MEETING_RESCHEDULED);
    static final Set<String> RESULTS = Set.of(AuctionVariables.SOLD, AuctionVariables.UNSOLD, AuctionVariables.WITHDRAWN);

    private final CaseRegistry registry;
    private final CourtCases courtCases;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final Clock clock;

    CourtEvents(CaseRegistry registry, CourtCases courtCases, RuntimeService runtimeService, EngineAsSystem engine,
            Clock clock) {
        this.registry = registry;
        this.courtCases = courtCases;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Delivers the event to the case's process once: {@code false} when this very event (the same
     * idempotency key, or else the same content) was delivered before, and nothing happens again.
     */
    @Transactional
    boolean deliver(CurrentUser caller, CourtCaseRecord courtCase, JsonNode body, String idempotencyKey) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求内容应为 JSON 对象");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new InvalidInputException("Idempotency-Key", "幂等键应为 1 至 128 个字符");
        }
        String eventKey = idempotencyKey != null ? idempotencyKey : sha256(body.toString());
        courtCases.lock(courtCase.caseNumber());
        if (courtCases.hasEvent(courtCase.caseNumber(), eventKey)) {
            return false;
        }
        JsonFields in = new JsonFields(body);
        String type = in.oneOf("type", "事件类型", TYPES, true);
        boolean auction = courtCase.type() == CourtCaseType.AUCTION_TAX_GUIDANCE;
        if (type != null && auction != AUCTION_RESULT.equals(type)) {
            in.problem("type", auction ? "司法拍卖案件只接受 AUCTION_RESULT 事件" : "破产案件不接受 AUCTION_RESULT 事件");
            type = null;
        }
        Map<String, Object> variables = new HashMap<>();
        String message = null;
        if (AUCTION_RESULT.equals(type)) {
            message = auctionResult(in, variables);
        } else if (DISTRIBUTION.equals(type)) {
            BigDecimal amount = in.money("amount", "分配金额", true);
            LocalDate date = in.date("date", "分配日期", true);
            put(variables, BankruptcyVariables.DISTRIBUTION_AMOUNT, amount == null ? null : amount.doubleValue());
            put(variables, BankruptcyVariables.DISTRIBUTION_DATE, date);
            message = BankruptcyVariables.MESSAGE_DISTRIBUTION;
        } else if (PROCEDURE_TERMINATED.equals(type)) {
            put(variables, BankruptcyVariables.TERMINATED_ON, in.date("date", "终结日期", true));
            put(variables, BankruptcyVariables.TERMINATION_RULING, in.text("ruling", "终结裁定书", false, 200));
            message = BankruptcyVariables.MESSAGE_TERMINATED;
        } else if (MEETING_RESCHEDULED.equals(type)) {
            put(variables, BankruptcyVariables.FIRST_CREDITORS_MEETING, in.date("date", "债权人会议新日期", true));
            message = BankruptcyVariables.MESSAGE_MEETING_RESCHEDULED;
        }
        in.throwIfInvalid();
        CaseRecord record = registry.find(courtCase.caseNumber()).orElseThrow();
        if (record.status() != CaseStatus.OPEN) {
            throw CourtApiException.conflict("案件已" + record.status().label() + "，不再接受事件");
        }
        String messageName = message;
        engine.call(() -> correlate(record, messageName, variables));
        courtCases.recordEvent(record.caseNumber(), eventKey, type, body.toString(), caller.id(),
                OffsetDateTime.now(clock));
        return true;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String auctionResult(JsonFields in, Map<String, Object> variables) {
        String result = in.oneOf("result", "拍卖结果", RESULTS, true);
        LocalDate date = in.date("date", "结果日期", true);
        put(variables, AuctionVariables.AUCTION_RESULT, result);
        put(variables, AuctionVariables.SALE_DATE, date);
        put(variables, AuctionVariables.RESULT_NOTES, in.text("notes", "说明", false, 500));
        if (AuctionVariables.SOLD.equals(result)) {
            BigDecimal price = in.money("price", "成交价", true);
            put(variables, AuctionVariables.SALE_PRICE, price == null ? null : price.doubleValue());
            put(variables, AuctionVariables.BUYER_NAME, in.text("buyer.name", "买受人名称", true, 200));
            String id = in.text("buyer.idNumber", "买受人证件号码", false, 18);
            if (id != null && !ResidentIdNumber.isValid(id) && !UnifiedSocialCreditCode.isValid(id)) {
                in.problem("buyer.idNumber", "买受人证件号码应为有效的公民身份号码或统一社会信用代码");
            }
            put(variables, AuctionVariables.BUYER_ID_NUMBER, id);
        } else if (AuctionVariables.UNSOLD.equals(result)) {
            put(variables, AuctionVariables.PLANNED_DATE, in.date("nextPlannedDate", "下一轮拍卖日期", false));
        }
        return AuctionVariables.MESSAGE_AUCTION_RESULT;
    }

    private Void correlate(CaseRecord record, String message, Map<String, Object> variables) {
        String instance = record.processInstanceId();
        boolean waiting = runtimeService.createEventSubscriptionQuery().processInstanceId(instance)
                .eventType("message").eventName(message).count() > 0;
        if (!waiting && BankruptcyVariables.MESSAGE_MEETING_RESCHEDULED.equals(message)) {
            // the meeting step has not begun: it will start with the new date
            runtimeService.setVariables(instance, variables);
            return null;
        }
        try {
            runtimeService.createMessageCorrelation(message).processInstanceId(instance).setVariables(variables)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw CourtApiException.conflict(AuctionVariables.MESSAGE_AUCTION_RESULT.equals(message)
                    ? "当前环节不接受拍卖结果：税费指引尚未出具，或本轮结果已报告" : "当前环节不接受该事件");
        }
        return null;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value instanceof LocalDate date ? date.toString() : value);
        }
    }
}
