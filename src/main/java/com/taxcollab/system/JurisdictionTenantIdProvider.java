package com.taxcollab.system;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every case belongs to one jurisdiction, and the engine's tenant is that jurisdiction. Process
 * definitions are shared; the tenant is set per instance from the {@code jurisdiction} variable, or
 * from the starting user when they belong to exactly one jurisdiction.
 */
class JurisdictionTenantIdProvider implements TenantIdProvider {

    static final String JURISDICTION_VARIABLE = "jurisdiction";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object jurisdiction = ctx.getVariables().get(JURISDICTION_VARIABLE);
        Authentication user = Context.getCommandContext().getAuthentication();
        List<String> userTenants = user == null || user.getTenantIds() == null ? List.of() : user.getTenantIds();
        if (jurisdiction instanceof String tenantId && !tenantId.isBlank()) {
            if (user != null && !userTenants.contains(tenantId)) {
                throw new ProcessEngineException("User '" + user.getUserId()
                        + "' may not start a case in jurisdiction '" + tenantId + "'");
            }
            return tenantId;
        }
        if (userTenants.size() == 1) {
            return userTenants.get(0);
        }
        throw new ProcessEngineException("A case needs a jurisdiction: set the variable '"
                + JURISDICTION_VARIABLE + "'");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return ctx.getSuperExecution() == null ? null : ctx.getSuperExecution().getTenantId();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
