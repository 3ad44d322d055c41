package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The module graph beyond what {@link ModularityTest} checks (that one also pins each module's
 * {@code allowedDependencies}): policies are plain Java, pages and the API never touch a repository, facades take no
 * web types, and no module sees another's domain rows. Each rule is also run on {@code archfixture}, a test-only
 * package of deliberately bad classes, and must fail there, and on its good part, where it must pass.
 */
class ArchitectureTest {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dangbo");
    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture");
    static final JavaClasses GOOD_FIXTURES = new ClassFileImporter().importPackages("archfixture.good");

    @Test
    void policiesArePlainJavaWithTheDatePassedIn() {
        ArchitectureRules.policiesArePlainJava("vn.dangbo").check(APPLICATION);
    }

    @Test
    void pagesAndTheApiNeverTouchARepository() {
        ArchitectureRules.webAndApiNeverTouchARepository("vn.dangbo").check(APPLICATION);
    }

    @Test
    void facadesTakeNoWebTypes() {
        ArchitectureRules.facadesTakeNoWebTypes("vn.dangbo").check(APPLICATION);
    }

    @Test
    void noModuleReachesIntoAnothersDomain() {
        ArchitectureRules.noModuleReachesIntoAnothersDomain("vn.dangbo").check(APPLICATION);
    }

    /**
     * Frozen: the facades that still return domain rows on main (issue 8 part 2.2 converts them to public records in
     * parallel) are recorded in src/test/resources/archunit-store; any new one fails, and each one converted leaves
     * the store for good (ArchUnit removes it from the store on the next run).
     */
    @Test
    void facadesExposeNoDomainRows() {
        FreezingArchRule.freeze(ArchitectureRules.facadesExposeNoDomainTypes("vn.dangbo")).check(APPLICATION);
    }

    @Nested
    class EachRuleFailsOnAViolation {

        @Test
        void aPolicyThatIsASpringBeanReadsTheClockOrAFile() {
            assertThatThrownBy(() -> ArchitectureRules.policiesArePlainJava("archfixture").check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("SpringPolicy").hasMessageContaining("org.springframework.stereotype.Component")
                    .hasMessageContaining("ClockReadingPolicy").hasMessageContaining("LocalDate.now()")
                    .hasMessageContaining("FileReadingValidator").hasMessageContaining("java.nio.file.Files")
                    .hasMessageNotContaining("GoodPolicy");
        }

        @Test
        void aControllerThatUsesARepository() {
            assertThatThrownBy(() -> ArchitectureRules.webAndApiNeverTouchARepository("archfixture").check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("AlphaController").hasMessageContaining("AlphaRepository")
                    .hasMessageNotContaining("GoodController");
        }

        @Test
        void aFacadeThatTakesAMultipartFile() {
            assertThatThrownBy(() -> ArchitectureRules.facadesTakeNoWebTypes("archfixture").check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("AlphaFacade.attach").hasMessageContaining("MultipartFile")
                    .hasMessageNotContaining("GoodFacade");
        }

        @Test
        void aModuleThatReachesIntoAnothersDomain() {
            assertThatThrownBy(() -> ArchitectureRules.noModuleReachesIntoAnothersDomain("archfixture").check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("BetaService").hasMessageContaining("AlphaRow")
                    .hasMessageNotContaining("AlphaFacade").hasMessageNotContaining("GoodFacade");
        }

        @Test
        void aFacadeThatReturnsADomainRow() {
            assertThatThrownBy(() -> ArchitectureRules.facadesExposeNoDomainTypes("archfixture").check(FIXTURES))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("AlphaFacade.find").hasMessageContaining("AlphaRow")
                    .hasMessageNotContaining("GoodFacade");
        }

        @Test
        void andNoRuleFiresOnTheGoodModule() {
            assertThatCode(() -> {
                ArchitectureRules.policiesArePlainJava("archfixture").check(GOOD_FIXTURES);
                ArchitectureRules.webAndApiNeverTouchARepository("archfixture").check(GOOD_FIXTURES);
                ArchitectureRules.facadesTakeNoWebTypes("archfixture").check(GOOD_FIXTURES);
                ArchitectureRules.noModuleReachesIntoAnothersDomain("archfixture").check(GOOD_FIXTURES);
                ArchitectureRules.facadesExposeNoDomainTypes("archfixture").check(GOOD_FIXTURES);
            }).doesNotThrowAnyException();
        }
    }
}
