package org.shouhu.hotline.application;

import jakarta.validation.Valid;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.Sex;
import org.shouhu.hotline.domain.CallOutcome;
import org.shouhu.hotline.domain.CallerRole;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.PersonName;
import org.shouhu.shared.application.validation.Phone;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;

/**
 * A call as the operator logged it (API.md "Hotline calls"), field by field as typed: the REST API
 * binds its JSON here, the operator's page its fields. {@code referredUnit} (the unit's name) and
 * {@code callBackAt} (when the caller asked to be called back) extend the contract.
 */
public record CallForm(
    @Required @Text(max = 8) String line,
    @Required @DateTime String startedAt,
    Integer durationSeconds,
    @Valid CallerForm caller,
    @Required @OneOf(CaseCategory.class) String category,
    Boolean urgent,
    @Text(max = 12) String jurisdiction,
    @Text(max = CallForm.TEXT_MAX) String request,
    @Text(max = CallForm.TEXT_MAX) String advice,
    @Required @OneOf(CallOutcome.class) String outcome,
    @OneOf(Agency.class) String referredTo,
    @Text(max = 200) String referredUnit,
    @DateTime(future = true) String callBackAt) {

  public static final int TEXT_MAX = 4000;

  /** Who called; all optional. Name and number are not kept when she stays anonymous. */
  public record CallerForm(
      Boolean anonymous,
      @Text(max = 2 * PersonName.MAX) String name,
      @Phone String phone,
      @OneOf(Sex.class) String sex,
      @OneOf(CallerRole.class) String role,
      Integer age) {}
}
