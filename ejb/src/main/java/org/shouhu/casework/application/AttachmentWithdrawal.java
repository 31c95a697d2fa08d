package org.shouhu.casework.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;

/** Why a wrong upload is withdrawn ({@code POST …/attachments/{id}/withdrawal}). */
public record AttachmentWithdrawal(
    @Schema(required = true, maxLength = AttachmentWithdrawal.MAX)
        @Required
        @Text(max = AttachmentWithdrawal.MAX)
        String reason) {

  public static final int MAX = 1000;
}
