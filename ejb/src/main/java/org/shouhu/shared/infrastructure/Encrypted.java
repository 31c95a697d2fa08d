package org.shouhu.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * JPA converters that encrypt a text column with {@link FieldCipher}, the column's name bound in as
 * associated data. One small subclass per column (JPA gives a converter no column name); {@code
 * META-INF/orm.xml} applies them, so the domain classes stay free of infrastructure.
 */
public abstract class Encrypted implements AttributeConverter<String, String> {

  /** Every encrypted column as {@code table.column}: what a key rotation re-encrypts. */
  public static final List<String> COLUMNS =
      List.of(
          "person.full_name",
          "person.id_number",
          "person.phone",
          "person.address",
          "case_file.summary",
          "case_file.reporter_name",
          "case_file.reporter_phone",
          "case_file.referred_to",
          "case_file.closure_reason",
          "case_event.detail",
          "case_visit.notes",
          "case_visit.present",
          "case_assessment.answers",
          "case_assessment.notes",
          "case_assessment.review_reason",
          "placement.place",
          "plan_action.notes",
          "plan_action.status_note",
          "order_event.notes",
          "case_assessment.plan_contacts",
          "case_assessment.plan_code_word",
          "case_assessment.plan_where_to_go",
          "shelter.address",
          "legal_aid_referral.reason",
          "legal_aid_referral.decision_reason",
          "legal_aid_referral.outcome",
          "case_transfer.reason",
          "case_transfer.decision_reason",
          "access_entry.break_glass_reason",
          "case_attachment.file_name",
          "case_attachment.note",
          "case_attachment.withdrawn_reason",
          "hotline_call.caller_name",
          "hotline_call.caller_phone",
          "hotline_call.request_text",
          "hotline_call.advice",
          "agency_referral.asked",
          "agency_referral.answer",
          "complaint_step.notes",
          "support_file.payee_name",
          "support_file.bank_account",
          "support_file.reason");

  private final String column;

  protected Encrypted(String column) {
    this.column = column;
  }

  @Override
  public String convertToDatabaseColumn(String plaintext) {
    return plaintext == null ? null : Keys.cipher().encrypt(plaintext, column);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null ? null : Keys.cipher().decrypt(stored, column);
  }

  @Converter
  public static class PersonName extends Encrypted implements AttributeConverter<String, String> {
    public PersonName() {
      super("person.full_name");
    }
  }

  @Converter
  public static class PersonIdNumber extends Encrypted
      implements AttributeConverter<String, String> {
    public PersonIdNumber() {
      super("person.id_number");
    }
  }

  @Converter
  public static class PersonPhone extends Encrypted implements AttributeConverter<String, String> {
    public PersonPhone() {
      super("person.phone");
    }
  }

  @Converter
  public static class PersonAddress extends Encrypted
      implements AttributeConverter<String, String> {
    public PersonAddress() {
      super("person.address");
    }
  }

  @Converter
  public static class CaseSummary extends Encrypted implements AttributeConverter<String, String> {
    public CaseSummary() {
      super("case_file.summary");
    }
  }

  @Converter
  public static class ReporterName extends Encrypted implements AttributeConverter<String, String> {
    public ReporterName() {
      super("case_file.reporter_name");
    }
  }

  @Converter
  public static class ReporterPhone extends Encrypted
      implements AttributeConverter<String, String> {
    public ReporterPhone() {
      super("case_file.reporter_phone");
    }
  }

  @Converter
  public static class CaseReferredTo extends Encrypted
      implements AttributeConverter<String, String> {
    public CaseReferredTo() {
      super("case_file.referred_to");
    }
  }

  @Converter
  public static class ClosureReason extends Encrypted
      implements AttributeConverter<String, String> {
    public ClosureReason() {
      super("case_file.closure_reason");
    }
  }

  @Converter
  public static class EventDetail extends Encrypted implements AttributeConverter<String, String> {
    public EventDetail() {
      super("case_event.detail");
    }
  }

  @Converter
  public static class ReferralReason extends Encrypted
      implements AttributeConverter<String, String> {
    public ReferralReason() {
      super("legal_aid_referral.reason");
    }
  }

  @Converter
  public static class BreakGlassReason extends Encrypted
      implements AttributeConverter<String, String> {
    public BreakGlassReason() {
      super("access_entry.break_glass_reason");
    }
  }

  @Converter
  public static class VisitNotes extends Encrypted implements AttributeConverter<String, String> {
    public VisitNotes() {
      super("case_visit.notes");
    }
  }

  @Converter
  public static class AttachmentName extends Encrypted
      implements AttributeConverter<String, String> {
    public AttachmentName() {
      super("case_attachment.file_name");
    }
  }

  @Converter
  public static class AttachmentNote extends Encrypted
      implements AttributeConverter<String, String> {
    public AttachmentNote() {
      super("case_attachment.note");
    }
  }

  @Converter
  public static class AttachmentWithdrawnReason extends Encrypted
      implements AttributeConverter<String, String> {
    public AttachmentWithdrawnReason() {
      super("case_attachment.withdrawn_reason");
    }
  }

  @Converter
  public static class VisitPresent extends Encrypted implements AttributeConverter<String, String> {
    public VisitPresent() {
      super("case_visit.present");
    }
  }

  @Converter
  public static class AssessmentAnswers extends Encrypted
      implements AttributeConverter<String, String> {
    public AssessmentAnswers() {
      super("case_assessment.answers");
    }
  }

  @Converter
  public static class AssessmentNotes extends Encrypted
      implements AttributeConverter<String, String> {
    public AssessmentNotes() {
      super("case_assessment.notes");
    }
  }

  @Converter
  public static class AssessmentReviewReason extends Encrypted
      implements AttributeConverter<String, String> {
    public AssessmentReviewReason() {
      super("case_assessment.review_reason");
    }
  }

  @Converter
  public static class PlacementPlace extends Encrypted
      implements AttributeConverter<String, String> {
    public PlacementPlace() {
      super("placement.place");
    }
  }

  @Converter
  public static class PlanActionNotes extends Encrypted
      implements AttributeConverter<String, String> {
    public PlanActionNotes() {
      super("plan_action.notes");
    }
  }

  @Converter
  public static class PlanActionStatusNote extends Encrypted
      implements AttributeConverter<String, String> {
    public PlanActionStatusNote() {
      super("plan_action.status_note");
    }
  }

  @Converter
  public static class OrderEventNotes extends Encrypted
      implements AttributeConverter<String, String> {
    public OrderEventNotes() {
      super("order_event.notes");
    }
  }

  @Converter
  public static class PlanContacts extends Encrypted implements AttributeConverter<String, String> {
    public PlanContacts() {
      super("case_assessment.plan_contacts");
    }
  }

  @Converter
  public static class PlanCodeWord extends Encrypted implements AttributeConverter<String, String> {
    public PlanCodeWord() {
      super("case_assessment.plan_code_word");
    }
  }

  @Converter
  public static class PlanWhereToGo extends Encrypted
      implements AttributeConverter<String, String> {
    public PlanWhereToGo() {
      super("case_assessment.plan_where_to_go");
    }
  }

  @Converter
  public static class ShelterAddress extends Encrypted
      implements AttributeConverter<String, String> {
    public ShelterAddress() {
      super("shelter.address");
    }
  }

  @Converter
  public static class CallerName extends Encrypted implements AttributeConverter<String, String> {
    public CallerName() {
      super("hotline_call.caller_name");
    }
  }

  @Converter
  public static class CallerPhone extends Encrypted implements AttributeConverter<String, String> {
    public CallerPhone() {
      super("hotline_call.caller_phone");
    }
  }

  @Converter
  public static class CallRequest extends Encrypted implements AttributeConverter<String, String> {
    public CallRequest() {
      super("hotline_call.request_text");
    }
  }

  @Converter
  public static class CallAdvice extends Encrypted implements AttributeConverter<String, String> {
    public CallAdvice() {
      super("hotline_call.advice");
    }
  }

  @Converter
  public static class ReferralDecisionReason extends Encrypted
      implements AttributeConverter<String, String> {
    public ReferralDecisionReason() {
      super("legal_aid_referral.decision_reason");
    }
  }

  @Converter
  public static class ReferralOutcome extends Encrypted
      implements AttributeConverter<String, String> {
    public ReferralOutcome() {
      super("legal_aid_referral.outcome");
    }
  }

  @Converter
  public static class TransferReason extends Encrypted
      implements AttributeConverter<String, String> {
    public TransferReason() {
      super("case_transfer.reason");
    }
  }

  @Converter
  public static class TransferDecisionReason extends Encrypted
      implements AttributeConverter<String, String> {
    public TransferDecisionReason() {
      super("case_transfer.decision_reason");
    }
  }

  @Converter
  public static class ReferralAsked extends Encrypted
      implements AttributeConverter<String, String> {
    public ReferralAsked() {
      super("agency_referral.asked");
    }
  }

  @Converter
  public static class ReferralAnswer extends Encrypted
      implements AttributeConverter<String, String> {
    public ReferralAnswer() {
      super("agency_referral.answer");
    }
  }

  @Converter
  public static class ComplaintNotes extends Encrypted
      implements AttributeConverter<String, String> {
    public ComplaintNotes() {
      super("complaint_step.notes");
    }
  }

  @Converter
  public static class PayeeName extends Encrypted implements AttributeConverter<String, String> {
    public PayeeName() {
      super("support_file.payee_name");
    }
  }

  @Converter
  public static class BankAccount extends Encrypted implements AttributeConverter<String, String> {
    public BankAccount() {
      super("support_file.bank_account");
    }
  }

  @Converter
  public static class SupportReason extends Encrypted
      implements AttributeConverter<String, String> {
    public SupportReason() {
      super("support_file.reason");
    }
  }
}
