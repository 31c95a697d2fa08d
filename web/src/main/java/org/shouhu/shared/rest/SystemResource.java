package org.shouhu.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.shared.application.KeyRotation;
import org.shouhu.shared.application.SystemInfo;
import org.shouhu.shared.application.SystemStatus;
import org.shouhu.shared.domain.Role;

/** What the server runs on: persistence provider, database, schema version (admin). */
@Tag(name = "system", description = "System information (系统)")
@Path("/v1/system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

  @Inject SystemStatus status;
  @Inject KeyRotation rotation;

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "getSystemInfo",
      summary = "What the server runs on (系统信息)",
      description = "Persistence provider and version, database, schema version.")
  public SystemInfo info() {
    return status.info();
  }

  /**
   * Re-encrypts every personal value still under a retired data key with the current one ({@code
   * SHOUHU_DATA_KEY}); answers the key version and how many values changed.
   */
  @POST
  @Path("/key-rotation")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "rotateDataKeys",
      summary = "Re-encrypt personal data under the current key (数据密钥轮换)",
      description = "Re-encrypts every value still under a retired data key; answers how many.")
  public KeyRotation.Result rotateKeys() {
    return rotation.rotate();
  }
}
