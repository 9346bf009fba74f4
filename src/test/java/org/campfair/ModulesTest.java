package org.campfair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them: no cycles between modules, and no module reaches
 * into another's {@code internal}, {@code ui} or any other package it does not expose. Also
 * writes the module documentation into {@code docs/modules}, which is committed, so a change of
 * structure shows in review as a change of those files.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CampfairApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        try (var files = Files.list(DOCS)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The diagrams list their relations in no fixed order from one run to the next; sorted, an
     * unchanged structure leaves the committed files unchanged. PlantUML does not care.
     */
    private static void sortRelations(Path diagram) throws IOException {
        var lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
        var sorted = new ArrayList<String>(lines.size());
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            sorted.addAll(relations);
            relations.clear();
            sorted.add(line);
        }
        relations.sort(null);
        sorted.addAll(relations);
        Files.write(diagram, sorted, StandardCharsets.UTF_8);
    }
}
