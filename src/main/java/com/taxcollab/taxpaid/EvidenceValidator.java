package com.taxcollab.taxpaid;

import com.taxcollab.cases.TaxpayerIdentity;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.Texts;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Turns what the tax bureau sends into evidence, or into the problems of every field at fault. */
@Component
class EvidenceValidator {

    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final Organisation organisation;
    private final Clock clock;

    EvidenceValidator(Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    TaxPaidEvidence valid(EvidenceRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        TaxPaidEvidence evidence = check(request, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return evidence;
    }

    /** The evidence, or null with the problems added, each field named under the prefix (e.g. {@code rows[3].}). */
    TaxPaidEvidence check(EvidenceRequest request, String prefix, List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        Texts.required(found, "evidenceNo", request.evidenceNo(), "凭证号码", 64);
        CheckSubject subject = parse(CheckSubject.class, request.subject());
        if (subject == null) {
            found.add(new FieldProblem("subject", "请选择凭证对应的事项：股权转让变更登记、不动产权属登记或机动车登记"));
        }
        EvidenceKind kind = parse(EvidenceKind.class, request.kind());
        if (kind == null || subject != null && !subject.accepts(kind)) {
            found.add(new FieldProblem("kind", subject == null ? "请选择凭证种类"
                    : subject.label() + "可用的凭证种类：" + String.join("、", labels(subject))));
        }
        String taxpayerId = TaxpayerIdentity.checkedId(request.taxpayer(), found);
        EvidenceRequest.Transaction t = request.transaction() == null
                ? new EvidenceRequest.Transaction(null, null, null, null, null) : request.transaction();
        String companyUscc = null;
        String transferorId = null;
        String vin = null;
        if (subject == CheckSubject.EQUITY_TRANSFER) {
            companyUscc = upper(t.companyUscc());
            if (companyUscc == null || !UnifiedSocialCreditCode.isValid(companyUscc)) {
                found.add(new FieldProblem("transaction.companyUscc", "股权所在公司的统一社会信用代码不正确"));
            }
            transferorId = upper(t.transferorIdNumber());
            if (transferorId == null || !ResidentIdNumber.isValid(transferorId)) {
                found.add(new FieldProblem("transaction.transferorIdNumber", "转让人身份证号码不正确"));
            }
        } else if (subject == CheckSubject.PROPERTY_TITLE) {
            if (Texts.blank(t.certificateNo()) && Texts.blank(t.unitNo())) {
                found.add(new FieldProblem("transaction.certificateNo", "不动产权证书号与不动产单元号至少填写一项"));
            }
            Texts.optional(found, "transaction.certificateNo", t.certificateNo(), "不动产权证书号", 100);
            Texts.optional(found, "transaction.unitNo", t.unitNo(), "不动产单元号", 100);
        } else if (subject == CheckSubject.VEHICLE) {
            vin = upper(t.vin());
            if (vin == null || !VIN.matcher(vin).matches()) {
                found.add(new FieldProblem("transaction.vin", "车辆识别代号应为 17 位字母或数字（不含 I、O、Q）"));
            }
        }
        List<String> taxTypes = taxTypes(request.taxTypes(), subject, found);
        if (request.amount() == null || request.amount().signum() < 0 || request.amount().compareTo(MAX_AMOUNT) > 0
                || request.amount().scale() > 2) {
            found.add(new FieldProblem("amount", "金额须为 0 至 1 万亿元之间、最多两位小数的数"));
        } else if (request.amount().signum() == 0 && kind == EvidenceKind.PAID) {
            found.add(new FieldProblem("amount", "完税凭证的金额须大于 0"));
        }
        if (request.issuedOn() == null || request.issuedOn().isAfter(LocalDate.now(clock))) {
            found.add(new FieldProblem("issuedOn", "必须填写开具日期，且不能晚于今天"));
        }
        if (request.taxOffice() == null || !organisation.isJurisdiction(request.taxOffice())) {
            found.add(new FieldProblem("taxOffice", "必须填写开具凭证的税务机关所在辖区"));
        }
        found.forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.message())));
        if (!found.isEmpty()) {
            return null;
        }
        return new TaxPaidEvidence(request.evidenceNo().strip(), kind, subject, request.taxpayer().name().strip(),
                taxpayerId, companyUscc, transferorId, strip(t.certificateNo()), strip(t.unitNo()), vin, taxTypes,
                request.amount(), request.issuedOn(), request.taxOffice());
    }

    private static List<String> taxTypes(List<String> given, CheckSubject subject, List<FieldProblem> problems) {
        if (given == null || given.isEmpty() || given.stream().anyMatch(Texts::blank)) {
            problems.add(new FieldProblem("taxTypes", "必须填写凭证所列税种"));
            return List.of();
        }
        LinkedHashSet<String> types = new LinkedHashSet<>();
        given.forEach(type -> types.add(type.strip()));
        if (subject != null && !subject.taxTypes().containsAll(types)) {
            problems.add(new FieldProblem("taxTypes", subject.label() + "的凭证可列税种：" + String.join("、",
                    subject.taxTypes())));
        }
        return subject == null ? List.copyOf(types)
                : subject.taxTypes().stream().filter(types::contains).toList();
    }

    private static List<String> labels(CheckSubject subject) {
        return java.util.Arrays.stream(EvidenceKind.values()).filter(subject::accepts).map(EvidenceKind::label)
                .toList();
    }

    /** An enum constant by its name or its Chinese label; null when it is neither. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value) {
        if (Texts.blank(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))
                    || value.strip().equals(constant.label())) {
                return constant;
            }
        }
        return null;
    }

    private static String upper(String value) {
        return Texts.blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return Texts.blank(value) ? null : value.strip();
    }
}
