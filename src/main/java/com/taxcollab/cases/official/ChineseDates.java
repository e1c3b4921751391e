package com.taxcollab.cases.official;

import java.time.LocalDate;

/** 成文日期 in Chinese numerals, as official documents write it: 二〇二六年十二月三日. */
public final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {
    }

    public static String of(LocalDate date) {
        StringBuilder year = new StringBuilder();
        String.valueOf(date.getYear()).chars().forEach(digit -> year.append(DIGITS.charAt(digit - '0')));
        return year + "年" + number(date.getMonthValue()) + "月" + number(date.getDayOfMonth()) + "日";
    }

    /** 1 to 31: 一 … 十, 十一 … 十九, 二十, 二十一 … 三十一. */
    private static String number(int value) {
        int tens = value / 10;
        int ones = value % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return tensPart + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
