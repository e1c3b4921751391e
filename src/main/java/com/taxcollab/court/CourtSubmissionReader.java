package com.taxcollab.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.taxcollab.auction.AuctionVariables;
import com.taxcollab.bankruptcy.BankruptcyVariables;
import com.taxcollab.cases.CaseParty;
import com.taxcollab.cases.CourtCaseVariables;
import com.taxcollab.organisation.Organisation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a court's submission field by field (every bad field is reported, nothing is written) and
 * turns it into the case's process variables. Used by the intake API.
 */
@Component
class CourtSubmissionReader {

    static final Set<String> PROPERTY_KINDS = Set.of("住宅", "非住宅", "土地使用权", "车辆", "股权", "其他");
    static final Set<String> REAL_ESTATE = Set.of("住宅", "非住宅", "土地使用权");
    static final Set<String> OWNER_KINDS = Set.of("INDIVIDUAL", "ENTERPRISE");

    private final Organisation organisation;

    CourtSubmissionReader(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The submission, checked field by field; the jurisdiction must be one of the caller's. */
    CourtSubmission read(JsonNode body, List<String> callerJurisdictions) {
        if (body == null || !body.isObject()) {
            throw new com.taxcollab.system.InvalidInputException("body", "请求内容应为 JSON 对象");
        }
        JsonFields in = new JsonFields(body);
        String typeName = in.oneOf("type", "案件类型", CourtCaseType.NAMES, true);
        String courtName = in.text("courtName", "法院名称", true, 100);
        String courtCaseNumber = in.courtCaseNumber("courtCaseNumber");
        String jurisdiction = in.text("jurisdiction", "辖区", true, 64);
        if (jurisdiction != null && !organisation.isJurisdiction(jurisdiction)) {
            in.problem("jurisdiction", "未知辖区：" + jurisdiction + "，应为 " + String.join("、",
                    organisation.jurisdictionIds()) + " 之一");
        } else if (jurisdiction != null && !callerJurisdictions.contains(jurisdiction)) {
            in.problem("jurisdiction", "本账号不能向辖区 " + jurisdiction + " 提交案件");
        }
        Map<String, Object> variables = new HashMap<>();
        List<CaseParty> parties = new ArrayList<>();
        String title = null;
        CourtCaseType type = typeName == null ? null : CourtCaseType.valueOf(typeName);
        if (type == CourtCaseType.AUCTION_TAX_GUIDANCE) {
            title = auction(in, variables, parties);
        } else if (type == CourtCaseType.BANKRUPTCY) {
            title = bankruptcy(in, variables, parties);
        }
        in.throwIfInvalid();
        variables.put(CourtCaseVariables.COURT_NAME, courtName);
        variables.put(CourtCaseVariables.COURT_CASE_NUMBER, courtCaseNumber);
        parties.add(0, new CaseParty(CaseParty.Kind.COURT, courtName, null, "提交法院 " + courtCaseNumber));
        return new CourtSubmission(type, courtName, courtCaseNumber, jurisdiction, title, variables, parties,
                body.toString());
    }

    private String auction(JsonFields in, Map<String, Object> v, List<CaseParty> parties) {
        String kind = in.oneOf("property.kind", "财产类型", PROPERTY_KINDS, true);
        String location = in.text("property.location", "财产坐落", true);
        String certificate = in.text("property.certificateNo", "权属证书号", false, 100);
        boolean realEstate = kind != null && REAL_ESTATE.contains(kind);
        BigDecimal area = in.positive("property.area", "面积", realEstate);
        BigDecimal appraisal = in.money("property.appraisalPrice", "评估价", true);
        BigDecimal reserve = in.money("property.reservePrice", "起拍价（保留价）", true);
        String ownerKind = in.oneOf("owner.kind", "被执行人类型", OWNER_KINDS, true);
        String ownerName = in.text("owner.name", "被执行人名称", true, 200);
        String ownerId = null;
        if ("INDIVIDUAL".equals(ownerKind)) {
            ownerId = in.residentId("owner.idNumber", "被执行人身份证号码", true);
        } else if ("ENTERPRISE".equals(ownerKind)) {
            ownerId = in.uscc(in.has("owner.uscc") ? "owner.uscc" : "owner.idNumber", "被执行人统一社会信用代码", true);
        }
        String platform = in.text("auction.platform", "拍卖平台", true, 100);
        LocalDate planned = in.date("auction.plannedDate", "计划拍卖日期", true);
        put(v, AuctionVariables.PROPERTY_KIND, kind);
        put(v, AuctionVariables.PROPERTY_LOCATION, location);
        put(v, AuctionVariables.CERTIFICATE_NO, certificate);
        put(v, AuctionVariables.PROPERTY_AREA, area == null ? null : area.doubleValue());
        put(v, AuctionVariables.APPRAISAL_PRICE, appraisal == null ? null : appraisal.doubleValue());
        put(v, AuctionVariables.RESERVE_PRICE, reserve == null ? null : reserve.doubleValue());
        put(v, AuctionVariables.OWNER_KIND, ownerKind);
        put(v, AuctionVariables.OWNER_NAME, ownerName);
        put(v, AuctionVariables.OWNER_ID_NUMBER, ownerId);
        put(v, AuctionVariables.AUCTION_PLATFORM, platform);
        put(v, AuctionVariables.PLANNED_DATE, planned == null ? null : planned.toString());
        put(v, AuctionVariables.TRANSACTION_DATE, planned == null ? null : planned.toString());
        if (ownerName != null) {
            parties.add(new CaseParty(CaseParty.Kind.DEBTOR, ownerName, ownerId, "被执行人（出卖人）"));
        }
        // who and what, as officers tell two auctions apart
        return (ownerName == null ? "" : ownerName + " · ") + "司法拍卖：" + (location == null ? "" : location);
    }

    private String bankruptcy(JsonFields in, Map<String, Object> v, List<CaseParty> parties) {
        String debtor = in.text("debtor.name", "债务人名称", true, 200);
        String uscc = in.uscc("debtor.uscc", "债务人统一社会信用代码", true);
        String administrator = in.text("administrator.name", "管理人名称", true, 200);
        String contact = in.text("administrator.contact", "管理人联系方式", true, 100);
        LocalDate accepted = in.date("acceptedOn", "受理日期", true);
        LocalDate announced = in.date("announcedOn", "受理公告日期", false);
        LocalDate deadline = in.date("claimDeadline", "债权申报期限", true);
        LocalDate meeting = in.date("firstCreditorsMeeting", "第一次债权人会议日期", true);
        if (announced != null && accepted != null && announced.isBefore(accepted)) {
            in.problem("announcedOn", "受理公告日期不能早于受理日期");
        }
        LocalDate from = announced != null ? announced : accepted;
        // 企业破产法第45条: at least 30 days and at most three months from the announcement
        if (deadline != null && from != null && !in.hasProblem("announcedOn")
                && (deadline.isBefore(from.plusDays(30)) || deadline.isAfter(from.plusMonths(3)))) {
            in.problem("claimDeadline", "债权申报期限应在受理公告之日起 30 日至 3 个月之间（"
                    + from.plusDays(30) + " 至 " + from.plusMonths(3) + "）");
        }
        // 企业破产法第62条: the first meeting within 15 days after the claim deadline
        if (meeting != null && deadline != null && !in.hasProblem("claimDeadline")
                && (!meeting.isAfter(deadline) || meeting.isAfter(deadline.plusDays(15)))) {
            in.problem("firstCreditorsMeeting", "第一次债权人会议应在债权申报期限届满后 15 日内召开（"
                    + deadline.plusDays(1) + " 至 " + deadline.plusDays(15) + "）");
        }
        put(v, BankruptcyVariables.DEBTOR_NAME, debtor);
        put(v, BankruptcyVariables.DEBTOR_USCC, uscc);
        put(v, BankruptcyVariables.ADMINISTRATOR_NAME, administrator);
        put(v, BankruptcyVariables.ADMINISTRATOR_CONTACT, contact);
        put(v, BankruptcyVariables.ACCEPTED_ON, accepted == null ? null : accepted.toString());
        put(v, BankruptcyVariables.ANNOUNCED_ON, announced == null ? null : announced.toString());
        put(v, BankruptcyVariables.CLAIM_DEADLINE, deadline == null ? null : deadline.toString());
        put(v, BankruptcyVariables.FIRST_CREDITORS_MEETING, meeting == null ? null : meeting.toString());
        if (debtor != null) {
            parties.add(new CaseParty(CaseParty.Kind.DEBTOR, debtor, uscc, "破产债务人"));
        }
        if (administrator != null) {
            parties.add(new CaseParty(CaseParty.Kind.OTHER, administrator, null, "管理人"));
        }
        return (debtor == null ? "" : debtor + " · ") + "破产涉税";
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
