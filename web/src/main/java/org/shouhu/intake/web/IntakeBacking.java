package org.shouhu.intake.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shouhu.casework.application.CaseworkCodeLists;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Sex;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.intake.application.IntakeDesk;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.intake.application.IntakeResult;
import org.shouhu.intake.application.IntakeService;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * The intake form of a 12338 operator or a child director: one form for every kind, fields that
 * follow the kind, the duplicate warning as soon as the subject is known, field errors on their
 * field. The form carries one idempotency key for its whole life: saving again after a network
 * error gives the case it made the first time, never a second one.
 */
@Named("intake")
@ViewScoped
public class IntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fields as the assembler names them, and the input that shows each one's error. */
  private static final Map<String, String> INPUTS =
      Map.ofEntries(
          Map.entry("channel", "in-channel"),
          Map.entry("kind", "in-kind"),
          Map.entry("receivedAt", "in-received"),
          Map.entry("jurisdiction", "in-community"),
          Map.entry("category", "in-category"),
          Map.entry("summary", "in-summary"),
          Map.entry("subject.name", "in-name"),
          Map.entry("subject.sex", "in-sex"),
          Map.entry("subject.birthDate", "in-birth"),
          Map.entry("subject.idType", "in-id-type"),
          Map.entry("subject.idNumber", "in-id-number"),
          Map.entry("subject.phone", "in-phone"),
          Map.entry("subject.address", "in-address"),
          Map.entry("reporter.type", "in-reporter-type"),
          Map.entry("reporter.name", "in-reporter-name"),
          Map.entry("reporter.phone", "in-reporter-phone"),
          Map.entry("police.notifiedAt", "in-police-at"),
          Map.entry("police.station", "in-police-station"),
          Map.entry("police.reference", "in-police-reference"));

  /** An error on another person: {@code people[2].person.name}. */
  private static final Pattern PEOPLE_FIELD = Pattern.compile("people\\[(\\d+)]");

  @Inject IntakeDesk desk;
  @Inject ListsBacking lists;
  @Inject IntakeService service;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject CurrentUser user;
  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject UserSession session;

  private final String idempotencyKey = UUID.randomUUID().toString();

  private String channel;
  private String kind = CaseKind.CHILD_PROTECTION.name();
  private String receivedAt = BeijingTime.nowToTheMinute();
  private String community;
  private boolean urgent;
  private String category;
  private String summary;
  private final PersonRow subject = new PersonRow();
  private String reporterType;
  private String reporterName;
  private String reporterPhone;
  private boolean anonymous;
  private String policeAt;
  private String policeStation;
  private String policeReference;

  private String origin;
  private String originNumber;

  private final List<PartyRow> people = new ArrayList<>();
  private String savedCaseId;
  private List<String> duplicates = List.of();
  private boolean duplicateElsewhere;

  /** Pre-fills the form from an intake begun elsewhere (a hotline call turned into a case). */
  @PostConstruct
  void fromDraft() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Object draft =
        faces == null ? null : faces.getExternalContext().getFlash().get(IntakeDraft.FLASH);
    if (!(draft instanceof IntakeDraft d)) {
      return;
    }
    origin = d.origin();
    originNumber = d.originNumber();
    channel = d.channel();
    kind = d.kind();
    receivedAt = d.receivedAt();
    community = d.community();
    urgent = d.urgent();
    category = d.category();
    summary = d.summary();
    reporterType = d.reporterType();
    reporterName = d.reporterName();
    reporterPhone = d.reporterPhone();
    anonymous = d.anonymous();
    subject.setName(d.subjectName());
    subject.setSex(d.subjectSex());
    subject.setPhone(d.subjectPhone());
    kindChanged(); // a domestic-violence case asks for the respondent
  }

  /** The call number the intake is made from, or null. */
  public String getOriginNumber() {
    return originNumber;
  }

  /** Communities the user may take reports for (one for a child director). */
  public List<Jurisdiction> getCommunities() {
    return jurisdictions.tree().stream()
        .filter(j -> j.level() == JurisdictionLevel.COMMUNITY)
        .filter(j -> user.jurisdiction().map(j.code()::isWithin).orElse(false))
        .toList();
  }

  public List<Channel> getChannels() {
    return lists.ordered(CaseworkCodeLists.CHANNEL, List.of(Channel.values()));
  }

  public List<CaseKind> getKinds() {
    return List.of(CaseKind.values());
  }

  /** The categories the chosen kind allows. */
  public List<CaseCategory> getCategories() {
    CaseKind k = kindOrNull();
    return lists.ordered(
        CaseworkCodeLists.CATEGORY,
        Arrays.stream(CaseCategory.values()).filter(c -> k == null || k.allows(c)).toList());
  }

  public List<ReporterType> getReporterTypes() {
    return lists.ordered(CaseworkCodeLists.REPORTER_TYPE, List.of(ReporterType.values()));
  }

  public List<Sex> getSexes() {
    return List.of(Sex.values());
  }

  public List<IdType> getIdTypes() {
    return List.of(IdType.values());
  }

  /**
   * After the kind changed: a category the new kind does not allow is dropped, and a domestic
   * violence case asks for the respondent at once (warnings and protection orders name her).
   */
  public void kindChanged() {
    CaseKind k = kindOrNull();
    if (k != null && category != null && !k.allows(CaseCategory.valueOf(category))) {
      category = null;
    }
    if (k == CaseKind.DOMESTIC_VIOLENCE
        && people.stream().noneMatch(p -> PartyRole.RESPONDENT.name().equals(p.getRole()))) {
      PartyRow respondent = new PartyRow();
      respondent.setRole(PartyRole.RESPONDENT.name());
      people.add(respondent);
    }
  }

  /** Another person in the call: a guardian, a household member, the respondent. */
  public void addPerson() {
    people.add(new PartyRow());
  }

  public void removePerson(PartyRow row) {
    people.remove(row);
  }

  public List<PartyRow> getPeople() {
    return people;
  }

  /** The roles another person may have (the subject is the form's own). */
  public List<PartyRole> getPartyRoles() {
    return Arrays.stream(PartyRole.values()).filter(r -> r != PartyRole.SUBJECT).toList();
  }

  /** A person of the intake as typed: the subject, or (with a role) another person. */
  public static class PersonRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String sex;
    private String birthDate;
    private String idType;
    private String idNumber;
    private String phone;
    private String address;

    IntakeForm.PersonForm form() {
      String type =
          (idType == null || idType.isBlank()) && idNumber != null && !idNumber.isBlank()
              ? IdType.RESIDENT_ID.name()
              : idType;
      return new IntakeForm.PersonForm(name, sex, birthDate, type, idNumber, phone, address);
    }

    /** Nothing typed at all (a row left empty is dropped, not an error). */
    boolean isEmpty() {
      return java.util.stream.Stream.of(name, birthDate, idNumber, phone, address)
          .allMatch(v -> v == null || v.isBlank());
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getSex() {
      return sex;
    }

    public void setSex(String sex) {
      this.sex = sex;
    }

    public String getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(String birthDate) {
      this.birthDate = birthDate;
    }

    public String getIdType() {
      return idType;
    }

    public void setIdType(String idType) {
      this.idType = idType;
    }

    public String getIdNumber() {
      return idNumber;
    }

    public void setIdNumber(String idNumber) {
      this.idNumber = idNumber;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }

  /** Another person of the intake: a guardian, a household member, the respondent. */
  public static class PartyRow extends PersonRow {
    private static final long serialVersionUID = 1L;
    private String role = PartyRole.GUARDIAN.name();

    IntakeForm.PartyForm partyForm() {
      return new IntakeForm.PartyForm(role, form());
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }
  }

  /** As soon as the subject is known (ID number, or name and birth date): her open cases. */
  public void checkDuplicates() {
    LocalDate birth = null;
    try {
      birth =
          blank(subject.getBirthDate()) ? null : LocalDate.parse(subject.getBirthDate().strip());
    } catch (DateTimeParseException e) {
      // the field error comes when saving
    }
    IntakeService.Duplicates found =
        service.duplicatesOf(subject.getName(), birth, subject.getIdNumber());
    duplicates = found.visible();
    duplicateElsewhere = found.elsewhere();
  }

  /** The police's notification, when any of its fields was filled in. */
  private IntakeForm.PoliceForm police() {
    boolean given = !(blank(policeAt) && blank(policeStation) && blank(policeReference));
    return given
        ? new IntakeForm.PoliceForm(BeijingTime.toRfc3339(policeAt), policeStation, policeReference)
        : null;
  }

  public String getPoliceAt() {
    return policeAt;
  }

  public void setPoliceAt(String policeAt) {
    this.policeAt = policeAt;
  }

  public String getPoliceStation() {
    return policeStation;
  }

  public void setPoliceStation(String policeStation) {
    this.policeStation = policeStation;
  }

  public String getPoliceReference() {
    return policeReference;
  }

  public void setPoliceReference(String policeReference) {
    this.policeReference = policeReference;
  }

  /** Saves; on success the case page opens, otherwise each error shows on its field. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<PartyRow> filled = people.stream().filter(p -> !p.isEmpty()).toList();
    if (savedCaseId != null) { // saved already; the answer got lost on the way: show that case
      return "/case?faces-redirect=true&id=" + savedCaseId;
    }
    IntakeForm form =
        new IntakeForm(
            channel,
            kind,
            BeijingTime.toRfc3339(receivedAt),
            community,
            urgent,
            category,
            summary,
            new IntakeForm.ReporterForm(
                reporterType,
                anonymous ? null : reporterName,
                anonymous ? null : reporterPhone,
                anonymous),
            subject.form(),
            filled.stream().map(PartyRow::partyForm).toList(),
            police());
    try {
      IntakeResult result = desk.take(form, idempotencyKey, form.toString(), origin);
      savedCaseId = result.sheet().id();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.format("intake.saved", result.sheet().caseNumber()),
              null));
      if (!result.duplicates().isEmpty() || result.duplicateElsewhere()) {
        // e.g. saved with Ctrl+Enter straight from the ID field, before the warning could show
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                result.duplicates().isEmpty()
                    ? text.of("intake.duplicateElsewhere")
                    : text.format(
                        "intake.savedWithDuplicates", String.join("、", result.duplicates())),
                null));
      }
      return "/case?faces-redirect=true&id=" + savedCaseId;
    } catch (InvalidInputException invalid) {
      for (InvalidInputException.FieldError error : invalid.errors()) {
        String input = INPUTS.get(error.field());
        String message =
            Messages.get(session.getLocale(), error.messageKey(), error.arguments().toArray());
        Matcher row = PEOPLE_FIELD.matcher(error.field());
        if (row.lookingAt() && Integer.parseInt(row.group(1)) < filled.size()) {
          PartyRow party = filled.get(Integer.parseInt(row.group(1)));
          message =
              text.formatAll(
                  "intake.personError",
                  people.indexOf(party) + 1,
                  text.of("partyRole." + party.getRole()),
                  message);
        }
        faces.addMessage(
            input == null ? null : input,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
      }
      faces.validationFailed();
      return null;
    }
  }

  public boolean isHotline() {
    return user.has(Role.HOTLINE_OPERATOR);
  }

  private CaseKind kindOrNull() {
    try {
      return kind == null ? null : CaseKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // properties

  public String getChannel() {
    if (channel == null) {
      channel =
          user.has(Role.HOTLINE_OPERATOR)
              ? Channel.HOTLINE_12338.name()
              : Channel.MANDATORY_REPORT.name();
    }
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(String receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getCommunity() {
    if (community == null) {
      List<Jurisdiction> mine = getCommunities();
      community = mine.size() == 1 ? mine.get(0).code().value() : null;
    }
    return community;
  }

  public void setCommunity(String community) {
    this.community = community;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getReporterType() {
    return reporterType;
  }

  public void setReporterType(String reporterType) {
    this.reporterType = reporterType;
  }

  public String getReporterName() {
    return reporterName;
  }

  public void setReporterName(String reporterName) {
    this.reporterName = reporterName;
  }

  public String getReporterPhone() {
    return reporterPhone;
  }

  public void setReporterPhone(String reporterPhone) {
    this.reporterPhone = reporterPhone;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public PersonRow getSubject() {
    return subject;
  }

  public List<String> getDuplicates() {
    return duplicates;
  }

  public boolean isDuplicateElsewhere() {
    return duplicateElsewhere;
  }
}
