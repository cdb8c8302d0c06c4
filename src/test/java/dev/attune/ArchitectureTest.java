package dev.attune;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds the pipeline's edges: each stage uses only the stages below it (see STYLE.md). */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.attune");

  @Test
  void stagesOnlyUseTheStagesBelowThem() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("dev.attune.cli..")
        .layer("pipeline").definedBy("dev.attune.pipeline..")
        .layer("serve").definedBy("dev.attune.serve..")
        .layer("export").definedBy("dev.attune.export..")
        .layer("scaffold").definedBy("dev.attune.scaffold..")
        .layer("config").definedBy("dev.attune.config..")
        .layer("load").definedBy("dev.attune.load..")
        .layer("parse").definedBy("dev.attune.parse..")
        .layer("model").definedBy("dev.attune.model..")
        .layer("render").definedBy("dev.attune.render..")
        .layer("write").definedBy("dev.attune.write..")
        .layer("diagnostics").definedBy("dev.attune.diagnostics..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("export").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("scaffold").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli", "serve")
        .whereLayer("load").mayOnlyBeAccessedByLayers("pipeline", "scaffold")
        .whereLayer("parse").mayOnlyBeAccessedByLayers("pipeline")
        .whereLayer("render").mayOnlyBeAccessedByLayers("pipeline")
        .whereLayer("write").mayOnlyBeAccessedByLayers("pipeline")
        .whereLayer("config").mayOnlyBeAccessedByLayers("cli", "pipeline", "load", "render", "export")
        .check(CLASSES);
  }

  @Test
  void theModelAndDiagnosticsDependOnNothingOfOurs() {
    noClasses().that().resideInAPackage("dev.attune.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("dev.attune.model..", "java..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("dev.attune.diagnostics..")
        .should().dependOnClassesThat().resideOutsideOfPackages("dev.attune.diagnostics..", "java..")
        .check(CLASSES);
  }

  /** {@code attune new} names files by the loader's rules and ids by the model's, and builds nothing. */
  @Test
  void theScaffoldUsesOnlyTheLoadersNamesTheModelsIdsAndSuggestions() {
    noClasses().that().resideInAPackage("dev.attune.scaffold..")
        .should().dependOnClassesThat().resideOutsideOfPackages(
            "dev.attune.scaffold..", "dev.attune.load..", "dev.attune.model..", "dev.attune.diagnostics..", "java..")
        .check(CLASSES);
  }

  @Test
  void onlyParseUsesFlexmarkAndOnlyRenderUsesFreeMarker() {
    noClasses().that().resideOutsideOfPackage("dev.attune.parse..")
        .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackage("dev.attune.render..")
        .should().dependOnClassesThat().resideInAPackage("freemarker..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackage("dev.attune.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliPrintsOrExits() {
    noClasses().that().resideOutsideOfPackage("dev.attune.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }
}
