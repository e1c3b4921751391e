package com.taxcollab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package boundaries, checked on the compiled product (tests excluded). Feature packages
 * ({@code dispute}, {@code court}, {@code cases} with its sub-packages …) depend on each other in one
 * direction only, and engine internals ({@code org.camunda.bpm.engine.impl}) are used only by the
 * classes ADR 0001 lists, each for a reason given there.
 */
@AnalyzeClasses(packages = "com.taxcollab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.taxcollab.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineInternalsOnlyWhereAdr0001SaysWhy = noClasses()
            .that(not(EngineInternals.LISTED))
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("ADR 0001: the product uses the engine's public API; each use of an internal is named there");

    @ArchTest
    static final ArchRule courtChannelDoesNotReachIntoTheTasksItFeeds = noClasses()
            .that().resideInAnyPackage("com.taxcollab.auction..", "com.taxcollab.bankruptcy..")
            .should().dependOnClassesThat().resideInAPackage("com.taxcollab.court..")
            .because("court/ is the court's channel (API, keys, intake); the processes do not know it");
}
