package org.shouhu.hotline.application;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(required = true, maxLength = 8) @Required @Text(max = 8) String line,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            examples = "2026-11-28T10:15:00+08:00",
            description = "RFC 3339 with offset; not in the future",
            required = true)
        @Required
        @DateTime
        String startedAt,
    Integer durationSeconds,
    @Valid CallerForm caller,
    @Schema(implementation = CaseCategory.class, required = true)
        @Required
        @OneOf(CaseCategory.class)
        String category,
    Boolean urgent,
    @Schema(maxLength = 12) @Text(max = 12) String jurisdiction,
    @Schema(examples = "来电人反映邻居家孩子经常被打骂，希望有人上门看看", maxLength = CallForm.TEXT_MAX)
        @Text(max = CallForm.TEXT_MAX)
        String request,
    @Schema(examples = "已建议其向辖区派出所报警，并转社区上门核实", maxLength = CallForm.TEXT_MAX)
        @Text(max = CallForm.TEXT_MAX)
        String advice,
    @Schema(implementation = CallOutcome.class, required = true) @Required @OneOf(CallOutcome.class)
        String outcome,
    @Schema(implementation = Agency.class) @OneOf(Agency.class) String referredTo,
    @Schema(examples = "西岗区妇联", maxLength = 200) @Text(max = 200) String referredUnit,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            examples = "2026-11-28T10:15:00+08:00",
            description = "RFC 3339 with offset")
        @DateTime(future = true)
        String callBackAt) {

  public static final int TEXT_MAX = 4000;

  /** Who called; all optional. Name and number are not kept when she stays anonymous. */
  public record CallerForm(
      Boolean anonymous,
      @Schema(examples = "王女士", maxLength = 2 * PersonName.MAX) @Text(max = 2 * PersonName.MAX)
          String name,
      @Phone String phone,
      @Schema(implementation = Sex.class) @OneOf(Sex.class) String sex,
      @Schema(implementation = CallerRole.class) @OneOf(CallerRole.class) String role,
      Integer age) {}
}
