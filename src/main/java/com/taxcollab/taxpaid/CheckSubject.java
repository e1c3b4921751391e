package com.taxcollab.taxpaid;

import com.taxcollab.organisation.Departments;
import java.util.List;
import java.util.Set;

/**
 * A transaction a counter may not register before it has seen the tax paid (附件3 items 一、二、三):
 * which department's counter asks, which kinds of evidence it may accept and which taxes they cover.
 */
enum CheckSubject implements Labelled {
    /** 市场主体登记: an individual's equity transfer, before the change or a deregistration is registered. */
    EQUITY_TRANSFER("股权转让变更登记", Departments.MARKET, Set.of(EvidenceKind.PAID, EvidenceKind.DECLARED),
            List.of("个人所得税", "印花税")),
    /** 不动产登记: a property title. */
    PROPERTY_TITLE("不动产权属登记", Departments.REALESTATE, Set.of(EvidenceKind.PAID, EvidenceKind.EXEMPT),
            List.of("契税", "增值税", "个人所得税", "土地增值税", "印花税")),
    /** 公安交通管理: a vehicle's registration, or its inspection mark. */
    VEHICLE("机动车登记", Departments.TRAFFIC_POLICE, Set.of(EvidenceKind.PAID, EvidenceKind.EXEMPT),
            List.of("车辆购置税", "车船税"));

    static final String VEHICLE_PURCHASE_TAX = "车辆购置税";
    static final String VEHICLE_AND_VESSEL_TAX = "车船税";

    private final String label;
    private final String counter;
    private final Set<EvidenceKind> accepted;
    private final List<String> taxTypes;

    CheckSubject(String label, String counter, Set<EvidenceKind> accepted, List<String> taxTypes) {
        this.label = label;
        this.counter = counter;
        this.accepted = accepted;
        this.taxTypes = taxTypes;
    }

    @Override
    public String label() {
        return label;
    }

    /** The department whose counter asks. */
    String counter() {
        return counter;
    }

    boolean accepts(EvidenceKind kind) {
        return accepted.contains(kind);
    }

    List<String> taxTypes() {
        return taxTypes;
    }
}
