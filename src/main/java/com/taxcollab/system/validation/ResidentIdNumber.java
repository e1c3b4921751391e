package com.taxcollab.system.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 17 digits with the birth date at positions 7–14, then a check
 * character (0–9 or X) over the first 17.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == CHECK_CHARACTERS.charAt(sum % 11)
                && hasPlausibleBirthDate(number);
    }

    private static boolean hasPlausibleBirthDate(String number) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
