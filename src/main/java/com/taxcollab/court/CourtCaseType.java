package com.taxcollab.court;

import com.taxcollab.cases.CaseType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of case a court may submit, as the intake API names them. */
enum CourtCaseType {
    AUCTION_TAX_GUIDANCE(CaseType.PM),
    BANKRUPTCY(CaseType.PC);

    static final Set<String> NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet());

    private final CaseType caseType;

    CourtCaseType(CaseType caseType) {
        this.caseType = caseType;
    }

    CaseType caseType() {
        return caseType;
    }

    static Optional<CourtCaseType> of(CaseType caseType) {
        return Arrays.stream(values()).filter(t -> t.caseType == caseType).findFirst();
    }
}
