package com.taxcollab.court;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import org.springframework.stereotype.Component;

/** 破产涉税 opened by a court officer from {@code forms/bankruptcy-start.form}. */
@Component
class BankruptcyStartForm extends CourtStartForm {

    BankruptcyStartForm(CourtIntake intake, CaseRegistry registry) {
        super(intake, registry, CourtCaseType.BANKRUPTCY, places("courtName", "courtName",
                "courtCaseNumber", "courtCaseNumber", "jurisdiction", "jurisdiction", "debtorName", "debtor.name",
                "debtorUscc", "debtor.uscc", "administratorName", "administrator.name",
                "administratorContact", "administrator.contact", "acceptedOn", "acceptedOn",
                "announcedOn", "announcedOn", "claimDeadline", "claimDeadline",
                "firstCreditorsMeeting", "firstCreditorsMeeting"));
    }

    @Override
    public CaseType type() {
        return CaseType.PC;
    }
}
