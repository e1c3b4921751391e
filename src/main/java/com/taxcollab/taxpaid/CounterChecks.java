package com.taxcollab.taxpaid;

import com.taxcollab.cases.Masking;
import com.taxcollab.cases.audit.AuditAction;
import com.taxcollab.cases.audit.CaseAudit;
import com.taxcollab.organisation.Departments;
import com.taxcollab.security.CurrentUser;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.Texts;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The counters' questions to the register. The register is the city's: evidence of any tax office in
 * the city answers a counter of any jurisdiction, since a taxpayer may pay at one office and register
 * at another. Only the counter the policy names (and tax itself) may ask, always with a purpose; every
 * question, granted or refused, is in the audit trail with its purpose and answer.
 */
@Service
class CounterChecks {

    static final int MAX_PURPOSE = 200;

    private final TaxPaidEvidenceRepository evidence;
    private final CounterCheckRepository checks;
    private final CaseAudit audit;
    private final Clock clock;

    CounterChecks(TaxPaidEvidenceRepository evidence, CounterCheckRepository checks, CaseAudit audit, Clock clock) {
        this.evidence = evidence;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    CheckAnswer equityTransfer(CurrentUser user, String uscc, String transferorIdNumber, String purpose,
            String address) {
        List<FieldProblem> problems = new ArrayList<>();
        String company = upper(uscc);
        if (company == null || !UnifiedSocialCreditCode.isValid(company)) {
            problems.add(new FieldProblem("uscc", "股权所在公司的统一社会信用代码不正确"));
        }
        String transferor = upper(transferorIdNumber);
        if (transferor == null || !ResidentIdNumber.isValid(transferor)) {
            problems.add(new FieldProblem("transferorIdNumber", "转让人身份证号码不正确"));
        }
        return answer(user, CheckSubject.EQUITY_TRANSFER, purpose, problems, address, () -> new CounterCheckQuestion(
                CheckSubject.EQUITY_TRANSFER, "公司 " + company + "，转让人 " + Masking.idNumber(transferor),
                evidence.forEquityTransfer(company, transferor), List.of()));
    }

    CheckAnswer propertyTitle(CurrentUser user, String certificateNo, String unitNo, String purpose, String address) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.blank(certificateNo) && Texts.blank(unitNo)) {
            problems.add(new FieldProblem("certificateNo", "必须填写不动产权证书号或不动产单元号"));
        }
        Texts.optional(problems, "certificateNo", certificateNo, "不动产权证书号", 100);
        Texts.optional(problems, "unitNo", unitNo, "不动产单元号", 100);
        String certificate = Texts.blank(certificateNo) ? null : certificateNo.strip();
        String unit = Texts.blank(unitNo) ? null : unitNo.strip();
        String keys = (certificate == null ? "" : "证书号 " + certificate) + (certificate != null && unit != null
                ? "，" : "") + (unit == null ? "" : "单元号 " + unit);
        return answer(user, CheckSubject.PROPERTY_TITLE, purpose, problems, address, () -> new CounterCheckQuestion(
                CheckSubject.PROPERTY_TITLE, keys, evidence.forProperty(certificate, unit), List.of()));
    }

    /** For an inspection mark only the 车船税 is needed; for a registration the 车辆购置税 as well. */
    CheckAnswer vehicle(CurrentUser user, String vinValue, String stage, String purpose, String address) {
        List<FieldProblem> problems = new ArrayList<>();
        String vin = upper(vinValue);
        if (vin == null || !EvidenceValidator.VIN.matcher(vin).matches()) {
            problems.add(new FieldProblem("vin", "车辆识别代号应为 17 位字母或数字（不含 I、O、Q）"));
        }
        boolean inspection = "INSPECTION".equalsIgnoreCase(stage == null ? "" : stage.strip());
        if (stage != null && !inspection && !"REGISTRATION".equalsIgnoreCase(stage.strip())) {
            problems.add(new FieldProblem("stage", "办理事项应为 REGISTRATION（注册登记）或 INSPECTION（核发检验合格标志）"));
        }
        List<String> required = inspection ? List.of(CheckSubject.VEHICLE_AND_VESSEL_TAX)
                : List.of(CheckSubject.VEHICLE_PURCHASE_TAX, CheckSubject.VEHICLE_AND_VESSEL_TAX);
        return answer(user, CheckSubject.VEHICLE, purpose, problems, address, () -> new CounterCheckQuestion(
                CheckSubject.VEHICLE, "车辆识别代号 " + vin + (inspection ? "（核发检验合格标志）" : "（注册登记）"),
                evidence.forVehicle(vin), required));
    }

    private CheckAnswer answer(CurrentUser user, CheckSubject subject, String purpose, List<FieldProblem> problems,
            String address, java.util.function.Supplier<CounterCheckQuestion> question) {
        Texts.required(problems, "purpose", purpose, "查询事由", MAX_PURPOSE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!user.inDepartment(subject.counter()) && !user.inDepartment(Departments.TAX)
                || user.jurisdictions().isEmpty()) {
            audit.record(user.id(), null, AuditAction.TAX_PAID_CHECK, subject.label() + "，事由：" + purpose.strip(),
                    false, address);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, subject.label() + "的完税核验仅供办理该登记的部门使用");
        }
        CounterCheckQuestion asked = question.get();
        CheckAnswer answer = decide(asked);
        String department = user.inDepartment(subject.counter()) ? subject.counter() : Departments.TAX;
        String checkId = UUID.randomUUID().toString();
        checks.insert(checkId, asked, purpose.strip(), answer, department, user.jurisdictions().get(0), user.id(),
                OffsetDateTime.now(clock));
        String evidenceNumbers = String.join("、", answer.evidence().stream()
                .map(CheckAnswer.EvidenceRef::evidenceNo).toList());
        audit.record(user.id(), null, AuditAction.TAX_PAID_CHECK, subject.label() + "：" + asked.keys() + "，事由："
                + purpose.strip() + "，结果：" + answer.label() + (answer.found() ? "（" + evidenceNumbers + "）" : ""),
                true, address);
        return answer.found() ? answer : new CheckAnswer(answer.result(), answer.label(), answer.evidence(),
                answer.missing(), checkId);
    }

    /** Every tax the question needs has accepted evidence; exempt when every piece used is an exemption. */
    static CheckAnswer decide(CounterCheckQuestion question) {
        List<TaxPaidEvidence> accepted = question.found().stream()
                .filter(e -> question.subject().accepts(e.kind())).toList();
        List<String> missing = question.required().stream()
                .filter(tax -> accepted.stream().noneMatch(e -> e.taxTypes().contains(tax))).toList();
        List<TaxPaidEvidence> used = question.required().isEmpty() ? accepted : accepted.stream()
                .filter(e -> e.taxTypes().stream().anyMatch(question.required()::contains)).toList();
        if (used.isEmpty() || !missing.isEmpty()) {
            return new CheckAnswer(CheckAnswer.NONE, "无记录", List.of(),
                    question.required().isEmpty() ? List.of() : missing, null);
        }
        boolean exempt = used.stream().allMatch(e -> e.kind() == EvidenceKind.EXEMPT);
        return new CheckAnswer(exempt ? CheckAnswer.EXEMPT : CheckAnswer.PAID, exempt ? "已减免" : "已完税",
                used.stream().map(e -> new CheckAnswer.EvidenceRef(e.evidenceNo(), e.kind().label())).toList(),
                List.of(), null);
    }

    private static String upper(String value) {
        return Texts.blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
