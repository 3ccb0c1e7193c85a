package dev.faibric;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The rules the code keeps so that it stays easy to live in, checked on every build:
 * small classes, packages that split into rooms before they crowd, threads owned by
 * Spring, settings typed.
 */
class HouseRulesTests {

    static final Path MAIN = Path.of("src/main/java");

    static final int MAX_CLASS_LINES = 300;

    static final int MAX_PACKAGE_FILES = 20;

    /**
     * What a class longer than {@link #MAX_CLASS_LINES} says in its Javadoc, with its
     * reason.
     */
    static final String LONGER_ON_PURPOSE = "longer than our 300-line rule";

    private final JavaClasses main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.faibric");

    @Test
    void noClassIsOver300LinesUnlessItsJavadocSaysWhy() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String text = read(f);
                return text.lines().count() > MAX_CLASS_LINES && !text.contains(LONGER_ON_PURPOSE);
            }).map(Path::toString).toList();
            assertThat(tooLong).as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
        }
    }

    @Test
    void noPackageHoldsMoreThan20FilesInsteadOfSubPackages() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            Map<Path, Long> perPackage = files.filter(f -> f.toString().endsWith(".java"))
                .collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
            assertThat(perPackage).as("files per package")
                .allSatisfy((dir, count) -> assertThat(count).as(dir.toString())
                    .isLessThanOrEqualTo((long) MAX_PACKAGE_FILES));
        }
    }

    @Test
    void threadsBelongToSpringManagedExecutorsNeverToStaticOnes() {
        noClasses().should()
            .dependOnClassesThat()
            .belongToAnyOf(Executors.class)
            .because("executors are Spring beans with names, bounds and a graceful shutdown, one set per context")
            .check(main);
        noFields().that()
            .areStatic()
            .should()
            .haveRawType(describe("an executor", (JavaClass type) -> type.isAssignableTo(Executor.class)))
            .because("two application contexts in one JVM must never share threads")
            .check(main);
    }

    @Test
    void settingsAreTypedRecordsNotScatteredValues() throws IOException {
        noFields().should().beAnnotatedWith(Value.class).check(main);
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> read(f).contains("@Value("))
                .map(Path::toString)
                .toList()).as("sources that read a setting with @Value instead of a settings record").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
