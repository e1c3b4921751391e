package com.taxcollab.cases;

import com.taxcollab.organisation.Departments;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The kinds of case, each with its prefix in the case number and its process. */
public enum CaseType {
    /** Any department may bring a dispute (policy §3). */
    ZY("争议协调", "DisputeEscalationProcess", List.of("情况说明", "协商纪要", "裁决意见书", "其他"), List.of("情况说明")),
    PM("司法拍卖税费指引", "CourtAuctionTaxGuidanceProcess", List.of("执行裁定书", "拍卖公告", "评估报告", "税费指引",
            "成交确认书", "完税凭证", "其他"), List.of("执行裁定书", "税费指引"), Departments.COURT),
    PC("破产涉税", "BankruptcyNotificationProcess", List.of("受理裁定书", "指定管理人决定书", "债权申报书",
            "债权人会议材料", "分配方案", "终结裁定书", "其他"), List.of("受理裁定书", "债权申报书"), Departments.COURT),
    CF("不动产查封协助", "PropertySeizureAssistanceProcess", List.of("协助执行通知书", "税收保全措施决定书",
            "强制执行决定书", "查封登记通知书", "解除查封通知书", "其他"), List.of("协助执行通知书", "税收保全措施决定书|强制执行决定书"), Departments.TAX),
    ZG("问题整改督办", "RectificationTrackingProcess", List.of("督查通报", "整改报告", "整改证据", "问责材料", "其他"), List.of("督查通报"),
            Departments.SUPERVISION),
    /** The tax bureau asks a department for an act or an opinion of 附件3 (assistance-duties.yaml). */
    XZ("协助请求", "AssistanceRequestProcess", List.of("协助函", "复核申请表", "税收保全措施决定书或强制执行决定书",
            "研发项目资料", "价格认定协助书", "价格认定标的资料", "相关线索材料", "答复意见", "复核意见书", "其他"), List.of("协助函"), Departments.TAX),
    /** 行政执法机关移送涉嫌犯罪案件的规定: tax transfers a suspected tax crime to the police. */
    YS("涉嫌犯罪案件移送", "CriminalCaseTransferProcess", List.of("涉嫌犯罪案件移送书", "涉嫌犯罪案件情况的调查报告",
            "涉案物品清单", "检验报告或鉴定结论", "立案通知书", "不予立案通知书", "复议决定书", "立案监督文书", "其他"),
            List.of("涉嫌犯罪案件移送书", "涉嫌犯罪案件情况的调查报告"), Departments.TAX),
    /** 税收征收管理法 art. 44: a taxpayer who has not settled and gives no guarantee may be stopped at the border. */
    BK("阻止出境", "ExitControlProcess", List.of("边控对象通知书", "解除边控对象通知书", "欠税证明", "纳税担保书", "完税凭证",
            "其他"), List.of("边控对象通知书"), Departments.TAX),
    /** 附件3 item 十一: a bank queries, freezes, deducts or transfers on the tax bureau's notice. */
    YH("银行协助", "BankAssistanceProcess", List.of("协助查询存款通知书", "冻结存款通知书", "税收保全措施决定书", "扣缴税收款项通知书",
            "强制执行决定书", "划拨社会保险费通知书", "解除冻结存款通知书", "银行回执", "其他"), List.of(), Departments.TAX),
    /** A counter found no tax paid for a transaction it is to register (附件3 items 一、二、三) and told tax. */
    /** 常态化督查通报: each month's circular, opened by the product itself on the month's first working day. */
    TB("督查通报", "MonthlyCircularProcess", List.of("督查通报", "其他"), List.of()),
    XS("涉税线索", "TaxLeadProcess", List.of("线索材料", "核查结果", "其他"), List.of(), Departments.MARKET, Departments.REALESTATE,
            Departments.TRAFFIC_POLICE);

    private final String label;
    private final String processKey;
    private final List<String> documentKinds;
    private final List<String> requiredDocuments;
    private final Set<String> openers;

    /**
     * {@code requiredDocuments}: the kinds a case of this type must hold, each a kind or alternatives
     * {@code A|B}; the case file flags those not yet on file.
     */
    CaseType(String label, String processKey, List<String> documentKinds, List<String> requiredDocuments,
            String... openers) {
        this.requiredDocuments = requiredDocuments;
        this.label = label;
        this.processKey = processKey;
        this.documentKinds = documentKinds;
        this.openers = Set.of(openers);
    }

    /** The kinds of document a case of this type holds, offered when one is uploaded. */
    public List<String> documentKinds() {
        return documentKinds;
    }

    /** Each required document as its alternative kinds (one kind, or e.g. 税收保全措施决定书 or 强制执行决定书). */
    public List<List<String>> requiredDocuments() {
        return requiredDocuments.stream().map(required -> List.of(required.split("\\|"))).toList();
    }

    /** Whether a member of these departments may open a case of this type; none listed: any department. */
    public boolean mayBeOpenedByAnyOf(Collection<String> departments) {
        return openers.isEmpty() ? !departments.isEmpty() : departments.stream().anyMatch(openers::contains);
    }

    public String label() {
        return label;
    }

    public String processKey() {
        return processKey;
    }

    public static CaseType ofProcessKey(String processKey) {
        for (CaseType type : values()) {
            if (type.processKey.equals(processKey)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No case type has the process '" + processKey + "'");
    }
}
