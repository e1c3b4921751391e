package com.taxcollab.cases;

/**
 * Someone a case is about or involves: the taxpayer or debtor, a court, a department. The
 * identity number (USCC or resident ID) and the role are optional.
 */
public record CaseParty(Kind kind, String name, String idNumber, String role) {

    public CaseParty {
        idNumber = blankToNull(idNumber);
        role = blankToNull(role);
    }

    public CaseParty(Kind kind, String name) {
        this(kind, name, null, null);
    }

    /** The identity number as lists, exports and notifications show it. */
    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public enum Kind {
        TAXPAYER("纳税人"),
        DEBTOR("债务人"),
        COURT("人民法院"),
        DEPARTMENT("部门"),
        OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
