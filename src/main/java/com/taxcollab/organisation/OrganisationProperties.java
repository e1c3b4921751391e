package com.taxcollab.organisation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The jurisdictions and departments of {@code organisation.yaml}. */
@ConfigurationProperties("taxcollab.organisation")
public record OrganisationProperties(List<Unit> jurisdictions, List<Unit> departments) {

    public OrganisationProperties {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** A jurisdiction or a department: a stable id and its Chinese name. */
    public record Unit(String id, String name) {
    }
}
