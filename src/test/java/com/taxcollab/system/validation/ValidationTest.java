package com.taxcollab.system.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    @Test
    void acceptsARealCreditCodeAndRejectsItWithAnyOtherCheckCharacter() {
        String valid = "91350100M000100Y43";
        assertThat(UnifiedSocialCreditCode.isValid(valid)).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("9135010OM000100Y43")).isFalse(); // letter O is not in the alphabet
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    @Test
    void residentIdNeedsItsCheckDigitAndARealBirthDate() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.isValid("110105194913310021")).isFalse(); // month 13, though the check digit matches
        assertThat(ResidentIdNumber.isValid("11010519491231002")).isFalse();
    }

    @Test
    void courtCaseNumbersAreNormalisedToFullWidthBrackets() {
        assertThat(CourtCaseNumber.parse("(2026)苏0706执123号")).get().hasToString("（2026）苏0706执123号");
        assertThat(CourtCaseNumber.parse("（2025）苏07破申4号").orElseThrow().typeWord()).isEqualTo("破申");
        assertThat(CourtCaseNumber.parse("（2026）苏0706执恢12号").orElseThrow().serial()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026苏0706执123号", "（2026）苏0706执123", "（2026）苏0706买123号", "（26）苏0706执1号",
            "（2026）XY0706执1号", "（2026）苏0706执0号", ""})
    void rejectsMalformedCourtCaseNumbers(String text) {
        assertThat(CourtCaseNumber.parse(text)).isEmpty();
    }
}
