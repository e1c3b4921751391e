package com.taxcollab.organisation;

/**
 * The department ids the code itself names, because a rule of the policy is about that department
 * (the court opens auction cases, supervision keeps the ledger, leadership hears escalations).
 * {@code organisation.yaml} must declare each of them; {@link OrganisationLoader} refuses to start otherwise.
 */
public final class Departments {

    public static final String TAX = "tax";
    public static final String COURT = "court";
    public static final String REALESTATE = "realestate";
    public static final String GOVOFFICE = "govoffice";
    public static final String SUPERVISION = "supervision";
    public static final String LEADERSHIP = "leadership";
    public static final String MARKET = "market";
    public static final String TRAFFIC_POLICE = "trafficpolice";
    public static final String IMMIGRATION = "immigration";
    public static final String BANK = "bank";

    static final java.util.List<String> NAMED = java.util.List.of(TAX, COURT, REALESTATE, GOVOFFICE, SUPERVISION,
            LEADERSHIP, MARKET, TRAFFIC_POLICE, IMMIGRATION, BANK);

    private Departments() {
    }
}
