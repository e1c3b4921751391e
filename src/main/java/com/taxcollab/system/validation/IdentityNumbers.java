package com.taxcollab.system.validation;

/** Identity numbers (resident ID, USCC) as lists show them: the ends kept, the middle masked. */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /** {@code 320706199001011234} becomes {@code 3207**********1234}; short values keep only their last character. */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        int n = number.length();
        if (n < 8) {
            return "*".repeat(n - 1) + number.charAt(n - 1);
        }
        return number.substring(0, 4) + "*".repeat(n - 8) + number.substring(n - 4);
    }
}
