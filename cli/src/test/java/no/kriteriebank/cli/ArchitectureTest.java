package no.kriteriebank.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import no.kriteriebank.bank.CriteriaBank;
import no.kriteriebank.docx.DocxFormat;
import no.kriteriebank.templates.StandardBank;
import org.junit.jupiter.api.Test;

/**
 * The package rules the design depends on, checked on the compiled classes of every published module (core,
 * templates, docx, cli): no package depends on itself through others, only core uses core's {@code internal}
 * package, the model and the problem packages depend on nothing else in the project. The classes are imported from
 * where each module's classes are (a directory in the build, a jar otherwise), so the test works on the class path
 * and the module path alike.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = classesOf(CriteriaBank.class);
    private static final JavaClasses ALL = new ClassFileImporter().importLocations(List.of(location(CriteriaBank.class),
            location(StandardBank.class), location(DocxFormat.class), location(KriteriebankCli.class)));

    @Test
    void theModulesHoldTheClassesTheRulesAreAbout() {
        // a rule over an empty or partial import would pass without checking anything
        assertPackages(CORE, "no.kriteriebank.bank", "no.kriteriebank.internal", "no.kriteriebank.model",
                "no.kriteriebank.problem", "no.kriteriebank.render", "no.kriteriebank.check");
        assertPackages(ALL, "no.kriteriebank.cli", "no.kriteriebank.docx", "no.kriteriebank.templates");
    }

    @Test
    void noPackageCycles() {
        slices().matching("no.kriteriebank.(**)").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void internalIsUsedOnlyInsideCore() {
        Set<String> corePackages = CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        DescribedPredicate<JavaClass> outsideCore = DescribedPredicate.describe("are outside core",
                c -> !corePackages.contains(c.getPackageName()));
        noClasses().that(outsideCore).should().dependOnClassesThat().resideInAPackage("no.kriteriebank.internal..")
                .check(ALL);
    }

    @Test
    void theModelDependsOnNothingElseInTheProject() {
        noClasses().that().resideInAPackage("no.kriteriebank.model..").should().dependOnClassesThat(
                resideInAPackage("no.kriteriebank..").and(not(resideInAPackage("no.kriteriebank.model.."))))
                .check(ALL);
    }

    @Test
    void problemsDependOnNothingElseInTheProject() {
        noClasses().that().resideInAPackage("no.kriteriebank.problem..").should().dependOnClassesThat(
                resideInAPackage("no.kriteriebank..").and(not(resideInAPackage("no.kriteriebank.problem.."))))
                .check(ALL);
    }

    private static void assertPackages(JavaClasses classes, String... packages) {
        Set<String> found = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(found).contains(packages);
    }

    private static JavaClasses classesOf(Class<?> type) {
        return new ClassFileImporter().importLocations(List.of(location(type)));
    }

    /** Where the class was loaded from: the module's classes directory in the reactor, or its jar. */
    private static Location location(Class<?> type) {
        try {
            Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(path) ? Location.of(new JarFile(path.toFile())) : Location.of(path);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
