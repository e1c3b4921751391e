package com.taxcollab.system;

import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs engine work as the system, without the caller's engine authorizations and tenant checks, for
 * the places where our own rule (e.g. {@code CaseAccess}, or an API that checked the caller's
 * department) has already decided: a court may not see the tax bureau's tasks in the engine's terms,
 * yet may read its own case file; whoever raised a notification may not see the people to be told,
 * yet they must be told. The engine applies both checks only to an authenticated caller, so the work
 * runs with the authentication cleared, and restored afterwards. This is the one place that does so.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl configuration;

    EngineAsSystem(IdentityService identityService, @Lazy ProcessEngineConfigurationImpl configuration) {
        this.identityService = identityService;
        this.configuration = configuration;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #call}, inside an engine command: the caller's (a listener's, a job's) or else a new one
     * that joins the Spring transaction. For work that writes engine entities itself, such as our jobs.
     */
    public <T> T inCommand(Function<CommandContext, T> work) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return call(() -> work.apply(current));
        }
        return configuration.getCommandExecutorTxRequired().execute(context -> call(() -> work.apply(context)));
    }
}
