package org.holdfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

class ModularityTests {

    /**
     * Every module the portal has, by name. A package added under org.holdfast becomes a module without
     * anyone deciding so; this list makes that a decision (and a line in this test).
     */
    static final Set<String> MODULES = Set.of("audit", "caseload", "clients", "consent", "demo", "drill", "encryption", "erasure",
            "export", "homework", "insights", "integrity", "journal", "measures", "plans", "replica", "reports", "safety", "security",
            "shared", "shell");

    private final ApplicationModules modules = ApplicationModules.of(HoldfastApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()).collect(Collectors.toSet()))
                .isEqualTo(MODULES);
    }

    @Test
    void writesModuleDocumentationNamingEveryModule() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        // The demo module writes through SQL only, so it has no drawn relationship; by default the overview
        // diagram would leave it out, and a reader would not know it is there.
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation(
                Documenter.DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
                Documenter.CanvasOptions.defaults());

        Path overview = folder.resolve("components.puml");
        assertThat(overview).isRegularFile();
        String diagram = Files.readString(overview);
        for (String module : MODULES) {
            assertThat(folder.resolve("module-" + module + ".puml")).as(module).isRegularFile();
            assertThat(folder.resolve("module-" + module + ".adoc")).as(module).isRegularFile();
            assertThat(diagram).as("the overview names " + module).containsIgnoringCase(module);
        }
        assertThat(folder.resolve("all-docs.adoc")).isRegularFile();
    }
}
