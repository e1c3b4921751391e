package com.taxcollab.court;

import com.taxcollab.cases.CaseRegistry;
import com.taxcollab.cases.CaseType;
import org.springframework.stereotype.Component;

/** 司法拍卖税费指引 opened by a court officer from {@code forms/auction-start.form}. */
@Component
class AuctionStartForm extends CourtStartForm {

    AuctionStartForm(CourtIntake intake, CaseRegistry registry) {
        super(intake, registry, CourtCaseType.AUCTION_TAX_GUIDANCE, places("courtName", "courtName",
                "courtCaseNumber", "courtCaseNumber", "jurisdiction", "jurisdiction", "propertyKind", "property.kind",
                "propertyLocation", "property.location", "certificateNo", "property.certificateNo",
                "propertyArea", "property.area", "appraisalPrice", "property.appraisalPrice",
                "reservePrice", "property.reservePrice", "ownerKind", "owner.kind", "ownerName", "owner.name",
                "ownerIdNumber", "owner.idNumber", "auctionPlatform", "auction.platform",
                "plannedDate", "auction.plannedDate"));
    }

    @Override
    public CaseType type() {
        return CaseType.PM;
    }
}
