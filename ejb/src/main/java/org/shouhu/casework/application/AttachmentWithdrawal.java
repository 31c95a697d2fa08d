package org.shouhu.casework.application;

import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;

/** Why a wrong upload is withdrawn ({@code POST …/attachments/{id}/withdrawal}). */
public record AttachmentWithdrawal(@Required @Text(max = AttachmentWithdrawal.MAX) String reason) {

  public static final int MAX = 1000;
}
