package com.taxcollab.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/** The classes that may use engine internals; docs/adr/0001 says why, one line each. */
final class EngineInternals {

    static final Set<String> USERS = Set.of(
        // engine set-up: plugins, parse listeners, tenant ids
        "com.taxcollab.system.EngineConfiguration",
        "com.taxcollab.system.JurisdictionTenantIdProvider",
        "com.taxcollab.cases.CaseOpeningGuard",
        "com.taxcollab.cases.TaskDepartmentsPlugin",
        "com.taxcollab.tasks.RevisitedForms",
        "com.taxcollab.tasks.TaskDraftsPlugin",
        "com.taxcollab.tasks.OpenWorkPlugin",
        "com.taxcollab.assessment.TaskRecordsPlugin",
        "com.taxcollab.security.PasswordSecurityPlugin",
        "com.taxcollab.security.PasswordRecordingIdentityProvider",
        "com.taxcollab.notification.NotificationEnginePlugin",
        // the caller's identity and the one privileged-execution helper
        "com.taxcollab.system.EngineActor",
        "com.taxcollab.system.EngineAsSystem",
        "com.taxcollab.cases.CaseOpener",
        "com.taxcollab.notification.TaskAssignedNotifier",
        // the engine clock
        "com.taxcollab.system.EngineClock",
        "com.taxcollab.demo.DemoCases",
        // our own jobs: mail and the daily digest
        "com.taxcollab.notification.MailJobs",
        "com.taxcollab.notification.MailJobHandler",
        "com.taxcollab.notification.MailRetryCommand",
        "com.taxcollab.system.RecurringJob",
        "com.taxcollab.system.RecurringJobs",
        "com.taxcollab.notification.Notifier",
        // passwords stored without the policy (demo users) and re-hashed at login
        "com.taxcollab.organisation.DemoUserLoader",
        "com.taxcollab.security.PasswordHashUpgrade");

    /** A listed class, its nested classes and lambdas included. */
    static final DescribedPredicate<JavaClass> LISTED = DescribedPredicate.describe("listed in ADR 0001",
            c -> USERS.contains(c.getName().split("\\$")[0]));

    private EngineInternals() {
    }
}
