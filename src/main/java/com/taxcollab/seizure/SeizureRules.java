package com.taxcollab.seizure;

import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.InvalidInputException.FieldProblem;
import com.taxcollab.system.validation.ResidentIdNumber;
import com.taxcollab.system.validation.Texts;
import com.taxcollab.system.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a seizure request must satisfy: checked by the API, and again as the process records it. */
@Component
class SeizureRules {

    static final Set<String> LEGAL_BASES = Set.of("TAX_PRESERVATION", "ENFORCEMENT");
    static final BigDecimal MAX_AREA = new BigDecimal("10000000");

    private final Organisation organisation;
    private final int maxTermMonths;

    SeizureRules(Organisation organisation, @Value("${taxcollab.seizure.max-term-months:36}") int maxTermMonths) {
        this.organisation = organisation;
        this.maxTermMonths = maxTermMonths;
    }

    int maxTermMonths() {
        return maxTermMonths;
    }

    List<FieldProblem> check(SeizureRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Texts.blank(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "必须选择辖区"));
        } else if (!organisation.isJurisdiction(request.jurisdiction())) {
            problems.add(new FieldProblem("jurisdiction", "未知辖区：" + request.jurisdiction()));
        }
        Texts.required(problems, "taxpayerName", request.taxpayerName(), "纳税人名称", 300);
        String id = request.taxpayerIdNumber() == null ? "" : request.taxpayerIdNumber().strip();
        if (id.isEmpty()) {
            problems.add(new FieldProblem("taxpayerIdNumber", "必须填写统一社会信用代码或身份证号码"));
        } else if (!UnifiedSocialCreditCode.isValid(id) && !ResidentIdNumber.isValid(id)) {
            problems.add(new FieldProblem("taxpayerIdNumber", "不是有效的统一社会信用代码或居民身份证号码（校验位不符）"));
        }
        Texts.required(problems, "certificateNo", request.certificateNo(), "不动产权证书号", 100);
        Texts.required(problems, "location", request.location(), "坐落", 500);
        if (request.area() == null) {
            problems.add(new FieldProblem("area", "必须填写面积"));
        } else if (request.area().signum() <= 0 || request.area().compareTo(MAX_AREA) > 0) {
            problems.add(new FieldProblem("area", "面积须大于 0 平方米且不超过 1000 万平方米"));
        }
        if (Texts.blank(request.legalBasis())) {
            problems.add(new FieldProblem("legalBasis", "必须选择法律依据：税收保全或强制执行"));
        } else if (!LEGAL_BASES.contains(request.legalBasis())) {
            problems.add(new FieldProblem("legalBasis", "法律依据只能是税收保全（TAX_PRESERVATION）或强制执行（ENFORCEMENT）"));
        }
        Texts.required(problems, "taxDecisionNo", request.taxDecisionNo(), "税务决定书文号", 100);
        Texts.required(problems, "assistanceNoticeNo", request.assistanceNoticeNo(), "协助执行通知书文号", 100);
        if (request.termMonths() == null) {
            problems.add(new FieldProblem("termMonths", "必须填写查封期限（月）"));
        } else if (request.termMonths() < 1 || request.termMonths() > maxTermMonths) {
            problems.add(new FieldProblem("termMonths", "查封期限须为 1 至 " + maxTermMonths + " 个月"));
        }
        return problems;
    }
}
