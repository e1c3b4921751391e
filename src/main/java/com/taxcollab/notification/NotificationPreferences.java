package com.taxcollab.notification;

/** A user's choice: e-mail at all, and (supervisors) one daily digest instead of single mails. */
record NotificationPreferences(boolean emailEnabled, boolean dailyDigest) {

    static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false);

    boolean wantsSingleMails() {
        return emailEnabled && !dailyDigest;
    }
}
