package com.taxcollab.assessment;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The jurisdictions whose supervision issues a monthly circular ({@code taxcollab.circulars.jurisdictions}). */
@ConfigurationProperties("taxcollab.circulars")
record CircularProperties(List<String> jurisdictions) {

    CircularProperties {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
    }
}
