package org.shouhu.transfer.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.Community;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.transfer.domain.CaseTransfer;

/** Transfers' commands as asked for (API.md "Transfers between communities"). */
public final class TransferCommands {

  private TransferCommands() {}

  /** Move the case to community {@code to}, and why. */
  public record Request(
      @Schema(
              type = SchemaType.STRING,
              pattern = "^\\d{12}$",
              examples = "210203001001",
              description = "a community code",
              required = true)
          @Required
          @Community
          String to,
      @Schema(examples = "当事人已随监护人搬至新社区居住", required = true, maxLength = CaseTransfer.REASON_MAX)
          @Required
          @Text(max = CaseTransfer.REASON_MAX)
          String reason) {}

  /** The receiver's decision; a rejection needs a reason. */
  @Schema(name = "TransferDecision")
  public record Decision(
      @Schema(required = true) @Required Boolean accept,
      @Schema(maxLength = CaseTransfer.REASON_MAX) @Text(max = CaseTransfer.REASON_MAX)
          String reason) {}
}
