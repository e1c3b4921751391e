package com.taxcollab.organisation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo users of {@code demo-users.yaml}; created only when {@code enabled}. */
@ConfigurationProperties("taxcollab.demo")
record DemoProperties(boolean enabled, List<DemoUser> users) {

    static final String PASSWORD = "demo";

    DemoProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record DemoUser(String id, String name, String email, List<String> departments,
            List<String> jurisdictions) {

        DemoUser {
            departments = departments == null ? List.of() : List.copyOf(departments);
            jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        }
    }
}
