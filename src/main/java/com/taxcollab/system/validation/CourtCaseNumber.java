package com.taxcollab.system.validation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A court case number (案号) such as {@code （2026）苏0706执123号}: year in brackets, the court's
 * code (province abbreviation and district digits), the case-type word and a serial number. Brackets
 * may arrive full-width or ASCII; {@link #toString()} gives the normalised full-width form.
 */
public record CourtCaseNumber(int year, String courtCode, String typeWord, int serial) {

    /** Case-type words of the enforcement, bankruptcy and civil procedures the co-governance duties involve. */
    public static final Set<String> TYPE_WORDS = Set.of(
            "执", "执恢", "执异", "执复", "执保", "执监", "执协", "执他",
            "破", "破申", "破终", "破监", "强清",
            "民初", "民终", "民再", "民特", "民申",
            "刑初", "刑终", "行初", "行终", "财保");

    private static final Pattern FORMAT = Pattern.compile(
            "^[（(](\\d{4})[）)]([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼兵]\\d{0,4})"
                    + "(\\p{IsHan}{1,2})(\\d{1,6})号$");

    public static Optional<CourtCaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches() || !TYPE_WORDS.contains(m.group(3))) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int serial = Integer.parseInt(m.group(4));
        if (year < 1990 || year > 2100 || serial == 0) {
            return Optional.empty();
        }
        return Optional.of(new CourtCaseNumber(year, m.group(2), m.group(3), serial));
    }

    @Override
    public String toString() {
        return "（" + year + "）" + courtCode + typeWord + serial + "号";
    }
}
