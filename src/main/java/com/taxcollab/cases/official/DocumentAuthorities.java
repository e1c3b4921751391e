package com.taxcollab.cases.official;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the product's official documents in each jurisdiction ({@code taxcollab.official-documents}):
 * the tax bureau ({@code authorities.<jurisdiction>}), and for the monthly circular the government's
 * supervision office ({@code supervision.<jurisdiction>}), each with its 文号 code.
 */
@ConfigurationProperties("taxcollab.official-documents")
public record DocumentAuthorities(Map<String, Authority> authorities, Map<String, Authority> supervision) {

    public DocumentAuthorities {
        authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
        supervision = supervision == null ? Map.of() : Map.copyOf(supervision);
    }

    /** The tax bureau of the jurisdiction. */
    public Authority of(String jurisdiction) {
        return configured(authorities, jurisdiction, "authorities");
    }

    /** The supervision office of the jurisdiction, which issues its circulars. */
    public Authority supervisionOf(String jurisdiction) {
        return configured(supervision, jurisdiction, "supervision");
    }

    private static Authority configured(Map<String, Authority> which, String jurisdiction, String name) {
        Authority authority = which.get(jurisdiction);
        if (authority == null) {
            throw new IllegalStateException("No taxcollab.official-documents." + name + " for " + jurisdiction);
        }
        return authority;
    }
}
