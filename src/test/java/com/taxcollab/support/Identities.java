package com.taxcollab.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid identity numbers of their own for each test, so that one test's people are not another's. */
public final class Identities {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Identities() {
    }

    /** A resident ID number of someone born 1950–1989 in 海州区. */
    public static String residentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "320706" + "19" + String.format("%02d", 50 + random.nextInt(40)) + "0101"
                + String.format("%03d", random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A 统一社会信用代码 of a company registered in 连云港. */
    public static String uscc() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("91320700");
        while (code.length() < 17) {
            code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
