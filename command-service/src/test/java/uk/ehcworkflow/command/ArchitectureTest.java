package uk.ehcworkflow.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;

@AnalyzeClasses(packages = "uk.ehcworkflow.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule today_comes_from_an_injected_clock_so_rules_can_be_tested_on_any_date =
            noClasses().should().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(LocalDate.class, "now", java.time.ZoneId.class)
                    .orShould().callMethod(Clock.class, "systemDefaultZone");

    /**
     * Written by pattern, not by a list of packages, so that a capability added tomorrow is covered
     * without editing the rule: only controllers and the web package see HTTP.
     */
    @ArchTest
    static final ArchRule aggregates_and_their_rules_know_nothing_of_http =
            noClasses().that().resideInAPackage("uk.ehcworkflow.command..")
                    .and().resideOutsideOfPackage("..command.web..")
                    .and().haveSimpleNameNotEndingWith("Controller")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework.web..", "jakarta.servlet..", "..command.web..");

    @ArchTest
    static final ArchRule the_event_store_file_is_reached_only_through_its_own_package =
            noClasses().that().resideOutsideOfPackage("..command.eventstore..")
                    .should().dependOnClassesThat().resideInAPackage("org.h2..");
}
