package com.taxcollab.bank;

import com.taxcollab.cases.CaseFactSource;
import com.taxcollab.cases.CaseFacts;
import com.taxcollab.cases.CaseFacts.Fact;
import com.taxcollab.cases.CaseType;
import com.taxcollab.cases.Masking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A bank-assistance case file: what was asked of which bank, and the bank's receipts. */
@Component
class BankFacts implements CaseFactSource {

    static final Map<String, String> STATES = Map.of(BankRequest.REQUESTED, "已送达，待银行办理",
            BankRequest.ANSWERED, "已出具查询结果", BankRequest.FROZEN, "冻结中", BankRequest.RELEASING, "已通知解除，待银行解除冻结",
            BankRequest.RELEASED, "已解除冻结", BankRequest.LAPSED, "冻结期满已解除", BankRequest.DEDUCTED, "已扣划");

    private final BankRequestRepository requests;

    BankFacts(BankRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public CaseType type() {
        return CaseType.YH;
    }

    @Override
    public CaseFacts of(String caseNumber) {
        return requests.find(caseNumber).map(BankFacts::facts).orElse(CaseFacts.NONE);
    }

    private static CaseFacts facts(BankRequest r) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("协助事项", r.requestKind().label()));
        facts.add(new Fact("开户银行", r.bankName()));
        facts.add(new Fact("银行账号", Masking.bankAccount(r.accountNo())));
        facts.add(new Fact("通知书", r.noticeNo()));
        facts.add(new Fact("通知书所列金额", r.amount() == null ? null : CaseFacts.yuan(r.amount())));
        facts.add(new Fact("冻结期限", r.termMonths() == null ? null : r.termMonths() + " 个月"));
        facts.add(new Fact("实际冻结金额", r.frozenAmount() == null ? null : CaseFacts.yuan(r.frozenAmount())));
        facts.add(new Fact("冻结至", r.frozenUntil() == null ? null : r.frozenUntil().toString()));
        facts.add(new Fact("续冻次数", r.renewals() == 0 ? null : String.valueOf(r.renewals())));
        facts.add(new Fact("查询结果", BankRequestKind.QUERY == r.requestKind() ? r.answerText() : null));
        facts.add(new Fact("实际扣划金额", r.deductedAmount() == null ? null : CaseFacts.yuan(r.deductedAmount())));
        facts.add(new Fact("扣划日期", r.deductedOn() == null ? null : r.deductedOn().toString()));
        facts.add(new Fact("银行说明", BankRequestKind.QUERY == r.requestKind() ? null : r.answerText()));
        facts.add(new Fact("银行回执", r.receiptNo()));
        facts.add(new Fact("解除冻结存款通知书", r.releaseNoticeNo()));
        facts.add(new Fact("解除冻结回执", r.releaseReceiptNo()));
        return new CaseFacts(summary(r), facts, null);
    }

    private static String summary(BankRequest r) {
        if (BankRequest.FROZEN.equals(r.status()) && r.frozenUntil() != null) {
            return "冻结中，至 " + r.frozenUntil();
        }
        if (BankRequest.DEDUCTED.equals(r.status())) {
            return r.outstanding().signum() == 0 ? "已扣划 " + CaseFacts.yuan(r.deductedAmount()) + "，欠缴款项已清缴"
                    : "已扣划 " + CaseFacts.yuan(r.deductedAmount()) + "，尚欠 " + CaseFacts.yuan(r.outstanding());
        }
        return STATES.get(r.status());
    }
}
