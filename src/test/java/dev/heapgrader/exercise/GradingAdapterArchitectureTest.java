package dev.heapgrader.exercise;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service reaches grading through one adapter: no service package but {@link CatalogExerciseGrading} uses
 * {@code dev.heapgrader.grading}, so the grading API can change in one place.
 */
@AnalyzeClasses(packages = "dev.heapgrader", importOptions = ImportOption.DoNotIncludeTests.class)
class GradingAdapterArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAdapterCallsGrading = noClasses()
            .that().resideInAnyPackage("dev.heapgrader.api..", "dev.heapgrader.course..", "dev.heapgrader.member..",
                    "dev.heapgrader.token..", "dev.heapgrader.submission..", "dev.heapgrader.gradebook..",
                    "dev.heapgrader.demo..", "dev.heapgrader.exercise..")
            .and().doNotHaveFullyQualifiedName(CatalogExerciseGrading.class.getName())
            .should().dependOnClassesThat().resideInAPackage("dev.heapgrader.grading..")
            .because("CatalogExerciseGrading is the service's only adapter over the grading API");
}
