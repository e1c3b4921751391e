package com.taxcollab.notification;

/** A user's choice: e-mail at all, and (supervisors) one daily digest instead of single mails. */
record NotificationPreferences(boolean emailEnabled, boolean dailyDigest) {

    static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false);

    /** Digest takers get the digest by mail and everything else in-app only. */
    boolean wantsMail(NotificationEvent event) {
        if (!emailEnabled) {
            return false;
        }
        return event == NotificationEvent.DIGEST ? dailyDigest : !dailyDigest;
    }
}
