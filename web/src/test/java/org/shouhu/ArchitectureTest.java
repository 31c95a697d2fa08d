package org.shouhu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of STYLE.md, checked on the compiled classes of the EJB jar and the WAR
 * together: within every bounded context, web/rest → application → domain ← infrastructure; the
 * domain uses no Jakarta EE web, EJB or CDI API; and no two contexts depend on each other in a
 * cycle (a shared kernel value lives in {@code shared.domain}, a reaction across contexts goes
 * through a CDI event).
 */
class ArchitectureTest {

  private static JavaClasses shouhu;

  @BeforeAll
  static void importClasses() {
    shouhu =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shouhu");
  }

  @Test
  void layersDependInwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Adapters")
        .definedBy("org.shouhu.(*).rest..", "org.shouhu.(*).web..")
        .layer("Application")
        .definedBy("org.shouhu.(*).application..")
        .layer("Domain")
        .definedBy("org.shouhu.(*).domain..")
        .layer("Infrastructure")
        .definedBy("org.shouhu.(*).infrastructure..")
        .whereLayer("Adapters")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Application")
        .mayOnlyBeAccessedByLayers("Adapters", "Infrastructure")
        .whereLayer("Infrastructure")
        .mayNotBeAccessedByAnyLayer()
        .check(shouhu);
  }

  @Test
  void theDomainUsesNoWebEjbOrCdiApi() {
    noClasses()
        .that()
        .resideInAPackage("org.shouhu.(*).domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ejb..",
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.json..",
            "org.primefaces..")
        .check(shouhu);
  }

  @Test
  void noCyclesBetweenContexts() {
    slices().matching("org.shouhu.(*)..").should().beFreeOfCycles().check(shouhu);
  }

  @Test
  void adaptersNeverTouchInfrastructure() {
    noClasses()
        .that()
        .resideInAnyPackage("org.shouhu.(*).rest..", "org.shouhu.(*).web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.shouhu.(*).infrastructure..")
        .check(shouhu);
  }
}
