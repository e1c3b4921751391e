package com.taxcollab.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void residentIdKeepsRegionAndLastFourDigits() {
        assertThat(Masking.idNumber("320706198001011234")).isEqualTo("320706********1234");
    }

    @Test
    void phoneAndBankAccountKeepOnlyWhatIdentifiesThemToTheirOwner() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.bankAccount("6222021234567890123")).isEqualTo("***************0123");
    }

    @Test
    void shortValuesAreMaskedWholeAndMissingOnesStayMissing() {
        assertThat(Masking.idNumber("12345")).isEqualTo("*****");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
