package com.taxcollab.system;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** Our servlet filters are registered one way: the filter, where it stands, the paths it sees. */
public final class Filters {

    private Filters() {
    }

    /** No paths: every request. */
    public static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order, String... urlPatterns) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(order);
        if (urlPatterns.length > 0) {
            registration.addUrlPatterns(urlPatterns);
        }
        return registration;
    }
}
