package dev.faibric;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module and its sub-packages are its internals: this keeps
 * their dependencies acyclic and through public APIs only, and draws the module map in
 * docs/modules from the code on every build, so the map cannot drift from it.
 */
class ModularityTests {

    static final Path MAP = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(FaibricApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModuleMapInTheDocsIsDrawnFromTheCode() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(MAP.toString())).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(MAP)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, stable(Files.readString(diagram)));
            }
        }
        String map = Files.readString(MAP.resolve("components.puml"));
        try (OutputStream svg = Files.newOutputStream(MAP.resolve("components.svg"))) {
            new SourceStringReader(map).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        }
    }

    /**
     * The same diagram for the same code: components and relations in a fixed order (the
     * documenter writes them in hash order), laid out without Graphviz.
     */
    static String stable(String plantUml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : plantUml.split("\n", -1)) {
            String kind = kind(line);
            if (!run.isEmpty() && !kind.equals(kind(run.getFirst()))) {
                out.addAll(run.stream().sorted().toList());
                run.clear();
            }
            if (kind.isEmpty()) {
                out.add(line);
                if (line.equals("@startuml")) {
                    out.add("!pragma layout smetana");
                }
            }
            else {
                run.add(line);
            }
        }
        out.addAll(run.stream().sorted().toList());
        return String.join("\n", out)
            .replace("!pragma layout smetana\n!pragma layout smetana\n", "!pragma layout smetana\n");
    }

    private static String kind(String line) {
        String text = line.strip();
        return text.startsWith("Rel(") ? "Rel" : text.startsWith("Component(") ? "Component" : "";
    }

}
