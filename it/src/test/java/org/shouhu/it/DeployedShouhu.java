package org.shouhu.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploys the EAR that users get (ear/target/shouhu.ear) before a test class runs. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedShouhu {

  @Deployment(testable = false)
  public static EnterpriseArchive shouhu() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("shouhu.ear")));
  }
}
