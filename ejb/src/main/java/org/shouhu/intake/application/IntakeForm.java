package org.shouhu.intake.application;

import jakarta.validation.Valid;
import java.util.List;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.application.validation.Community;
import org.shouhu.shared.application.validation.Date;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.PersonName;
import org.shouhu.shared.application.validation.Phone;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;

/**
 * An intake as a client sent it, field by field (API.md "Intake"): the REST API binds its JSON
 * here, the intake page its fields. Values stay as they were typed, so that a bad one is reported
 * on its field in the user's language; the constraints are checked, with the rules that tie fields
 * together, by {@link IntakeAssembler}.
 */
public record IntakeForm(
    @Required @OneOf(Channel.class) String channel,
    @Required @OneOf(CaseKind.class) String kind,
    @Required @DateTime String receivedAt,
    @Required @Community String jurisdiction,
    Boolean urgent,
    @OneOf(CaseCategory.class) String category,
    @Text(max = IntakeForm.SUMMARY_MAX) String summary,
    @Valid ReporterForm reporter,
    @Required @Valid PersonForm subject,
    List<@Required @Valid PartyForm> people,
    @Valid PoliceForm police) {

  public static final int SUMMARY_MAX = 4000;
  public static final int ADDRESS_MAX = 500;

  /** The reporter part; name and phone are dropped when anonymous. */
  public record ReporterForm(
      @OneOf(ReporterType.class) String type,
      @Text(max = 2 * PersonName.MAX) String name,
      @Phone String phone,
      Boolean anonymous) {}

  /** A person part (the subject, or one of {@code people}). */
  @IdNumberFits
  public record PersonForm(
      @Required @PersonName String name,
      @OneOf(Sex.class) String sex,
      @Date(past = true) String birthDate,
      @OneOf(IdType.class) String idType,
      String idNumber,
      @Phone String phone,
      @Text(max = ADDRESS_MAX) String address) {}

  /** The police, when they were already notified (child protection, API.md). */
  public record PoliceForm(
      @Required @DateTime String notifiedAt,
      @Required @Text(max = 200) String station,
      @Text(max = 100) String reference) {}

  /** Another person named in the intake, in her role (extension of API.md). */
  public record PartyForm(
      @Required @OneOf(PartyRole.class) String role, @Required @Valid PersonForm person) {}
}
