package uk.ehcworkflow.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

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

    /**
     * Written by pattern, not by a list of packages, so that a capability added tomorrow is covered
     * without editing the rule: what builds and reads read models knows nothing of HTTP or the pages.
     */
    @ArchTest
    static final ArchRule projections_and_readers_know_nothing_of_http_or_the_pages =
            noClasses().that().haveSimpleNameEndingWith("Projection").or().haveSimpleNameEndingWith("Reader")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.springframework.web..", "jakarta.servlet..", "..query.pages..");

    @ArchTest
    static final ArchRule only_the_read_store_knows_the_embedded_engine_behind_the_mongodb_driver =
            noClasses().that().resideOutsideOfPackage("..query.readstore..")
                    .should().dependOnClassesThat().resideInAnyPackage("de.bwaldvogel..", "org.h2..");

    /** Also kept by the build: the read store is a module the query service takes at run time only. */
    @ArchTest
    static final ArchRule features_never_see_the_embedded_store_engine =
            noClasses().that().resideOutsideOfPackages("..query.readstore..")
                    .should().dependOnClassesThat().resideInAPackage("..query.readstore..");

    /**
     * Controllers, views and rules work on read-model objects; only the code that writes read
     * models (projections), reads them (readers), and the store with its administration see documents.
     */
    @ArchTest
    static final ArchRule only_projections_readers_and_the_store_touch_mongodb_or_bson =
            noClasses().that(are_not_projections_readers_or_the_store())
                    .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..");

    private static DescribedPredicate<JavaClass> are_not_projections_readers_or_the_store() {
        return DescribedPredicate.describe("are not projections, readers or the read store", type -> {
            JavaClass outermost = type;
            while (outermost.getEnclosingClass().isPresent()) {
                outermost = outermost.getEnclosingClass().get();
            }
            String name = outermost.getSimpleName();
            String pkg = type.getPackageName();
            boolean store = pkg.endsWith(".readstore") || pkg.endsWith(".readmodel") || pkg.endsWith(".admin");
            return !(store || name.endsWith("Projection") || name.endsWith("Reader"));
        });
    }
}
