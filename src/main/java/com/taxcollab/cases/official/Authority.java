package com.taxcollab.cases.official;

/**
 * An issuing authority (发文机关): its full name, as it signs, and the code its 文号 begin with
 * ({@code 连税协} in 连税协〔2026〕12号).
 */
public record Authority(String name, String code) {

    /** The 文号 of the authority's {@code number}th document of the year. */
    public String documentNumber(int year, long number) {
        return code + "〔" + year + "〕" + number + "号";
    }
}
