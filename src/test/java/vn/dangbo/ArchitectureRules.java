package vn.dangbo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The rules of the module graph that Spring Modulith does not check by itself, as ArchUnit rules over the classes
 * under a root package: {@code vn.dangbo} for the application ({@link ArchitectureTest}), and a test-only package of
 * deliberately bad classes to prove that each rule fails on a violation. A module is a package directly under the
 * root; its {@code domain} package holds its rows, repositories and policies, {@code web} its pages, {@code api}
 * its REST controllers, and its root package its facades (Spring {@code @Service}s) and ports (interfaces).
 */
final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Where time comes from a policy's caller: a static {@code now()}, the system clock or the JVM's clock. */
    static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "reads the system clock (a static now(), Clock.system*, System.currentTimeMillis)", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                return name.equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                        || name.equals("today") && call.getTarget().getRawParameterTypes().isEmpty();
            });

    /**
     * A class that states a Party rule: in a domain package, and named {@code *Policy} or {@code *Validator}, or
     * answering a {@code Decision}.
     */
    static DescribedPredicate<JavaClass> statesARule() {
        return DescribedPredicate.describe("state a rule (a *Policy or *Validator in a domain package, or a domain class "
                + "answering a Decision)", c -> c.getPackageName().matches(".*\\.domain(\\..*)?")
                && (c.getSimpleName().endsWith("Policy") || c.getSimpleName().endsWith("Validator")
                        || c.getMethods().stream().anyMatch(m -> m.getRawReturnType().getName().equals("vn.dangbo.shared.Decision"))));
    }

    /** Policies are plain Java: no Spring, no input or output, no database, and the date is passed in. */
    static ArchRule policiesArePlainJava(String root) {
        return noClasses().that().resideInAPackage(root + "..").and(statesARule())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.io..",
                        "java.nio..", "java.net..", "java.sql..", "javax.sql..", "java.util.concurrent..")
                .orShould().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .because("a policy states one Party rule as plain Java, with the date it applies on passed in "
                        + "(issue 8, part 2.1; RULES.md)");
    }

    /** A repository or direct database access. */
    static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("are repositories or database access (*Repository, JdbcClient, JdbcTemplate, "
                + "DataSource)", c -> c.getSimpleName().endsWith("Repository")
                || c.getPackageName().startsWith("org.springframework.jdbc")
                || c.getName().equals("javax.sql.DataSource"));
    }

    /** Pages and the API go through the module's facades, which check access; never to a repository. */
    static ArchRule webAndApiNeverTouchARepository(String root) {
        return noClasses().that().resideInAnyPackage(root + ".*.web..", root + ".*.api..")
                .should().dependOnClassesThat(repositories())
                .because("a page or an API call reaches the data through its module's facade, which checks role "
                        + "and scope first (issue 8, part 2.1)");
    }

    /** A facade method: public, of a public {@code @Service} or interface in a module's root package. */
    static DescribedPredicate<JavaMethod> facadeMethods(String root) {
        Pattern moduleRoot = Pattern.compile(Pattern.quote(root) + "\\.[a-z]+");
        return DescribedPredicate.describe("are public methods of a facade or port (a public @Service or interface in a "
                + "module's root package)", m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                && m.getOwner().getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                && moduleRoot.matcher(m.getOwner().getPackageName()).matches()
                && (m.getOwner().isAnnotatedWith(Service.class) || m.getOwner().isInterface()));
    }

    /** Types a facade's caller would need a servlet request for. */
    static final Set<String> WEB_TYPE_PACKAGES = Set.of("org.springframework.web", "jakarta.servlet",
            "org.springframework.http", "org.springframework.ui");

    /** Facades are called by pages, the API, imports, commands and other modules alike: no web types. */
    static ArchRule facadesTakeNoWebTypes(String root) {
        return methods().that(facadeMethods(root)).should(new ArchCondition<>("take no web types (MultipartFile, "
                + "HttpServletRequest, Model...)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .filter(t -> WEB_TYPE_PACKAGES.stream().anyMatch(p -> t.getPackageName().startsWith(p)))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " takes " + t.getName())));
            }
        }).because("an upload reaches a facade as shared.UploadedFile (issue 8, part 2.1)");
    }

    /** The module of a class under the root ({@code member} for {@code vn.dangbo.member.domain.Member}). */
    static Optional<String> moduleOf(String root, JavaClass c) {
        Matcher m = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)(\\..*)?").matcher(c.getPackageName());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean inADomainPackage(String root, JavaClass c) {
        return c.getPackageName().matches(Pattern.quote(root) + "\\.[a-z]+\\.domain(\\..*)?");
    }

    /** No class of one module uses a row, repository or policy of another module's domain package. */
    static ArchRule noModuleReachesIntoAnothersDomain(String root) {
        return classes().that().resideInAPackage(root + "..").should(new ArchCondition<>("not use another module's "
                + "domain package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<String> own = moduleOf(root, c);
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (inADomainPackage(root, target) && !moduleOf(root, target).equals(own)) {
                        events.add(SimpleConditionEvent.violated(c, d.getDescription()));
                    }
                }
            }
        }).because("a module's rows and repositories are its own; others use its facades and records "
                + "(issue 8, part 2.1)");
    }

    /** A facade or port neither returns nor takes a domain row: it speaks in public records of its module. */
    static ArchRule facadesExposeNoDomainTypes(String root) {
        return methods().that(facadeMethods(root)).should(new ArchCondition<>("neither return nor take a type of a "
                + "domain package") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                java.util.stream.Stream.concat(method.getReturnType().getAllInvolvedRawTypes().stream(),
                                method.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                        .filter(t -> inADomainPackage(root, t)).distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " exposes " + t.getName())));
            }
        }).because("domain rows and repositories are not visible outside their module; facades return public "
                + "records (issue 8, part 2.2)");
    }
}
