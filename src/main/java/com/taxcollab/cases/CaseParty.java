package com.taxcollab.cases;

import java.util.regex.Pattern;

/**
 * Someone a case is about or involves: the taxpayer or debtor, a court, a department. The
 * identity number (USCC or resident ID) and the role are optional.
 */
public record CaseParty(Kind kind, String name, String idNumber, String role) {

    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{17}[\\dXx]");

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

    /**
     * The number as the case file shows it: a person's 18-digit identity number masked, a company's code
     * (USCC) in full, since it is public.
     */
    public String caseFileIdNumber() {
        return personal() ? maskedIdNumber() : idNumber;
    }

    /** Whether the number is a person's (18 digits, the last perhaps X), which only a purpose may unmask. */
    public boolean personal() {
        return idNumber != null && PERSONAL_ID.matcher(idNumber).matches();
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
