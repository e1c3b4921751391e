package com.taxcollab.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the engine's own surfaces ({@code /engine-rest}, Cockpit, Admin): members of
 * {@code camunda-admin}, and the integration accounts named in
 * {@code taxcollab.security.integration-accounts} (none by default).
 */
@ConfigurationProperties("taxcollab.security")
public class EngineOperators {

    private Set<String> integrationAccounts = Set.of();

    public Set<String> getIntegrationAccounts() {
        return integrationAccounts;
    }

    public void setIntegrationAccounts(List<String> integrationAccounts) {
        this.integrationAccounts = integrationAccounts == null ? Set.of() : Set.copyOf(integrationAccounts);
    }

    public boolean operates(CurrentUser user) {
        return user.admin() || integrationAccounts.contains(user.id());
    }
}
