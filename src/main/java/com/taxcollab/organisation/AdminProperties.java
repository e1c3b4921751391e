package com.taxcollab.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production install, from {@code TAXCOLLAB_ADMIN_USER} and
 * {@code TAXCOLLAB_ADMIN_PASSWORD}. Nothing is created when either is missing: no default passwords.
 */
@ConfigurationProperties("taxcollab.admin")
record AdminProperties(String user, String password, String email) {

    boolean configured() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
