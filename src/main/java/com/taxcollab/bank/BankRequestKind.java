package com.taxcollab.bank;

import java.util.List;

/** What the tax bureau asks a bank for, and the documents it must send with it. */
enum BankRequestKind {
    QUERY("协助查询存款", List.of("协助查询存款通知书"), false),
    FREEZE("冻结存款", List.of("冻结存款通知书", "税收保全措施决定书"), true),
    DEDUCT("扣缴税款", List.of("扣缴税收款项通知书", "强制执行决定书"), true),
    SOCIAL_INSURANCE("划拨社会保险费", List.of("划拨社会保险费通知书"), true);

    private final String label;
    private final List<String> documents;
    private final boolean concernsAnAmount;

    BankRequestKind(String label, List<String> documents, boolean concernsAnAmount) {
        this.label = label;
        this.documents = documents;
        this.concernsAnAmount = concernsAnAmount;
    }

    String label() {
        return label;
    }

    List<String> documents() {
        return documents;
    }

    /** A freeze, deduction or transfer names an account and an amount; a query names neither. */
    boolean concernsAnAmount() {
        return concernsAnAmount;
    }
}
