package com.taxcollab.cases.official;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the product's official documents in each jurisdiction ({@code taxcollab.official-documents.
 * authorities.<jurisdiction>}): the tax bureau of the jurisdiction, with its 文号 code.
 */
@ConfigurationProperties("taxcollab.official-documents")
public record DocumentAuthorities(Map<String, Authority> authorities) {

    public DocumentAuthorities {
        authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
    }

    public Authority of(String jurisdiction) {
        Authority authority = authorities.get(jurisdiction);
        if (authority == null) {
            throw new IllegalStateException("No issuing authority is configured for jurisdiction " + jurisdiction);
        }
        return authority;
    }
}
