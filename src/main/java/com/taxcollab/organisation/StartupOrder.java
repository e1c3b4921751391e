package com.taxcollab.organisation;

/** The order in which start-up runners build on each other's work. */
public final class StartupOrder {

    public static final int ORGANISATION = 10;
    public static final int ACCESS = 20;
    public static final int USERS = 30;

    private StartupOrder() {
    }
}
