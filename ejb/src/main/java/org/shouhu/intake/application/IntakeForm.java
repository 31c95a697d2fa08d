package org.shouhu.intake.application;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(implementation = Channel.class, description = "How the report came in", required = true)
        @Required
        @OneOf(Channel.class)
        String channel,
    @Schema(implementation = CaseKind.class, description = "The kind of case", required = true)
        @Required
        @OneOf(CaseKind.class)
        String kind,
    @Schema(
            type = SchemaType.STRING,
            format = "date-time",
            examples = "2026-11-28T10:15:00+08:00",
            description = "When the report came in: RFC 3339 with offset; not in the future",
            required = true)
        @Required
        @DateTime
        String receivedAt,
    @Schema(
            type = SchemaType.STRING,
            pattern = "^\\d{12}$",
            examples = "210203001001",
            description = "The community the case belongs to: a community code",
            required = true)
        @Required
        @Community
        String jurisdiction,
    @Schema(
            description =
                "Whether the report is urgent (an urgent child-protection report alerts the"
                    + " supervisors)")
        Boolean urgent,
    @Schema(
            implementation = CaseCategory.class,
            description = "What happened: one of the categories the kind allows")
        @OneOf(CaseCategory.class)
        String category,
    @Schema(
            description = "What was reported",
            examples = "邻居反映孩子长期独自在家",
            maxLength = IntakeForm.SUMMARY_MAX)
        @Text(max = IntakeForm.SUMMARY_MAX)
        String summary,
    @Schema(description = "Who reported") @Valid ReporterForm reporter,
    @Schema(description = "The person the case is about: the child or the woman", required = true)
        @Required
        @Valid
        PersonForm subject,
    @Schema(description = "Other people the intake names, each in her role (none a second subject)")
        List<@Required @Valid PartyForm> people,
    @Schema(description = "The police notification, when the police were already notified") @Valid
        PoliceForm police) {

  public static final int SUMMARY_MAX = 4000;
  public static final int ADDRESS_MAX = 500;

  /** The reporter part; name and phone are dropped when anonymous. */
  public record ReporterForm(
      @Schema(
              implementation = ReporterType.class,
              description =
                  "What kind of reporter; the mandatory reporters (units in close contact with"
                      + " minors) come first")
          @OneOf(ReporterType.class)
          String type,
      @Schema(
              description = "The reporter's name (or unit); not kept when anonymous",
              examples = "李老师",
              maxLength = 2 * PersonName.MAX)
          @Text(max = 2 * PersonName.MAX)
          String name,
      @Schema(description = "The reporter's phone number; not kept when anonymous") @Phone
          String phone,
      @Schema(description = "Whether the reporter stays anonymous") Boolean anonymous) {}

  /** A person part (the subject, or one of {@code people}). */
  @IdNumberFits
  public record PersonForm(
      @Schema(
              description = "The name as written: letters, marks, spaces and ·",
              examples = "王小红",
              maxLength = PersonName.MAX,
              required = true)
          @Required
          @PersonName
          String name,
      @Schema(implementation = Sex.class, description = "Sex; required for the subject")
          @OneOf(Sex.class)
          String sex,
      @Schema(
              type = SchemaType.STRING,
              format = "date",
              examples = "2015-06-01",
              description =
                  "Date of birth; not in the future (a resident ID number gives it when absent)")
          @Date(past = true)
          String birthDate,
      @Schema(
              implementation = IdType.class,
              description = "The identity document's type (absent: a resident ID)")
          @OneOf(IdType.class)
          String idType,
      @Schema(
              description =
                  "The identity document's number; a resident ID has 18 characters and agrees with"
                      + " birthDate")
          String idNumber,
      @Schema(description = "The person's phone number") @Phone String phone,
      @Schema(
              description = "Where the person lives",
              examples = "西岗区某街道某小区3号楼2单元",
              maxLength = ADDRESS_MAX)
          @Text(max = ADDRESS_MAX)
          String address) {}

  /** The police, when they were already notified (child protection, API.md). */
  public record PoliceForm(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description =
                  "When the police were notified: RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String notifiedAt,
      @Schema(
              description = "The police station notified",
              examples = "西岗公安分局某派出所",
              required = true,
              maxLength = 200)
          @Required
          @Text(max = 200)
          String station,
      @Schema(
              description = "The police's reference number",
              examples = "西公受字〔2026〕123号",
              maxLength = 100)
          @Text(max = 100)
          String reference) {}

  /** Another person named in the intake, in her role (extension of API.md). */
  public record PartyForm(
      @Schema(
              implementation = PartyRole.class,
              description = "The person's role in the case (not SUBJECT)",
              required = true)
          @Required
          @OneOf(PartyRole.class)
          String role,
      @Schema(description = "The person", required = true) @Required @Valid PersonForm person) {}
}
