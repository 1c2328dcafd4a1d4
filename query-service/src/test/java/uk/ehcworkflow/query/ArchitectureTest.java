package uk.ehcworkflow.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

@AnalyzeClasses(packages = "uk.ehcworkflow.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule today_comes_from_an_injected_clock_so_figures_can_be_tested_on_any_date =
            noClasses().should().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                    .orShould().callMethod(Clock.class, "systemDefaultZone");

    @ArchTest
    static final ArchRule projections_know_nothing_of_http =
            noClasses().that().haveSimpleNameEndingWith("Projection")
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule only_the_read_store_knows_the_embedded_engine_behind_the_mongodb_driver =
            noClasses().that().resideOutsideOfPackage("..query.readstore..")
                    .should().dependOnClassesThat().resideInAnyPackage("de.bwaldvogel..", "org.h2..");
}
