package com.taxcollab.auction;

/** Variables of {@code CourtAuctionTaxGuidanceProcess}. */
public final class AuctionVariables {

    public static final String PROCESS_KEY = "CourtAuctionTaxGuidanceProcess";

    public static final String PROPERTY_KIND = "propertyKind";
    public static final String PROPERTY_LOCATION = "propertyLocation";
    public static final String CERTIFICATE_NO = "certificateNo";
    public static final String PROPERTY_AREA = "propertyArea";
    public static final String APPRAISAL_PRICE = "appraisalPrice";
    public static final String RESERVE_PRICE = "reservePrice";
    public static final String OWNER_KIND = "ownerKind";
    public static final String OWNER_NAME = "ownerName";
    public static final String OWNER_ID_NUMBER = "ownerIdNumber";
    public static final String AUCTION_PLATFORM = "auctionPlatform";
    public static final String PLANNED_DATE = "plannedDate";
    /** Input of the DMN decision: the rules in force on this date apply. */
    public static final String TRANSACTION_DATE = "transactionDate";

    public static final String TAX_ESTIMATE_ROWS = "taxEstimateRows";
    public static final String TAX_ESTIMATE_SUMMARY = "taxEstimateSummary";
    public static final String KNOWN_ARREARS = "knownArrears";
    public static final String GUIDANCE_NOTES = "guidanceNotes";

    public static final String AUCTION_RESULT = "auctionResult";
    public static final String AUCTION_ROUND = "auctionRound";
    public static final String SALE_PRICE = "salePrice";
    public static final String SALE_DATE = "saleDate";
    public static final String BUYER_NAME = "buyerName";
    public static final String BUYER_ID_NUMBER = "buyerIdNumber";
    public static final String RESULT_NOTES = "resultNotes";

    public static final String ASSESSED_SELLER_TAXES = "assessedSellerTaxes";
    public static final String ASSESSED_BUYER_TAXES = "assessedBuyerTaxes";
    public static final String ASSESSMENT_NOTES = "assessmentNotes";
    public static final String COLLECTED_AMOUNT = "collectedAmount";
    public static final String RECEIVED_AMOUNT = "receivedAmount";
    public static final String RECEIPT_NUMBER = "receiptNumber";

    public static final String MESSAGE_AUCTION_RESULT = "AuctionResultReported";

    /** Values of {@link #AUCTION_RESULT}. */
    public static final String SOLD = "SOLD";
    public static final String UNSOLD = "UNSOLD";
    public static final String WITHDRAWN = "WITHDRAWN";

    private AuctionVariables() {
    }
}
