package com.taxcollab.cases;

/**
 * Masks identity numbers, phone numbers and bank accounts wherever they leave the case page:
 * lists, search results, exports, notifications and e-mail (policy §6).
 */
public final class Masking {

    private Masking() {
    }

    /** Resident ID or USCC: the region prefix and the last four stay, e.g. {@code 320706********1234}. */
    public static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    /** Mobile or landline: {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** Bank account: only the last four, e.g. {@code ************1234}. */
    public static String bankAccount(String value) {
        return keep(value, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            // too short to keep anything readable without giving it all away
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}
