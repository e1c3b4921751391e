package com.taxcollab.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * What a case is about, as its case file shows it: a one-line state ("已查封，至 2029-06-30"), the
 * facts its users entered, each labelled in Chinese, and for cases of many items a table of them.
 * Identity numbers of persons are masked by the contributor; amounts read {@code 1,295,000.00 元}.
 */
public record CaseFacts(String summary, List<Fact> facts, Table table) {

    public static final CaseFacts NONE = new CaseFacts(null, List.of(), null);

    public CaseFacts {
        facts = facts == null ? List.of() : facts.stream().filter(f -> f.value() != null && !f.value().isBlank())
                .toList();
    }

    public record Fact(String label, String value) {
    }

    public record Table(String title, List<String> headings, List<List<String>> rows) {
    }

    /** {@code 1,295,000.00 元}, or null for no amount. */
    public static String yuan(Number amount) {
        if (amount == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(amount.toString()).setScale(2, RoundingMode.HALF_UP)) + " 元";
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
