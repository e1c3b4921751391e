package com.taxcollab.system;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every case belongs to one jurisdiction, and the engine's tenant is that jurisdiction. Process
 * definitions are shared; the tenant is set per instance from the {@code jurisdiction} variable,
 * which {@code CaseOpener} sets after checking that the opener works in that jurisdiction.
 */
class JurisdictionTenantIdProvider implements TenantIdProvider {

    static final String JURISDICTION_VARIABLE = "jurisdiction";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getVariables().get(JURISDICTION_VARIABLE) instanceof String tenantId && !tenantId.isBlank()) {
            return tenantId;
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
