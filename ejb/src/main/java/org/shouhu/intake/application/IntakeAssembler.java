package org.shouhu.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.ResidentId;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.application.FormCheck;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;

/**
 * Checks an {@link IntakeForm} against the rules of API.md and turns it into an {@link
 * IntakeCommand}; every broken rule is reported on its field at once (422). The rules: required
 * fields; known values; categories per kind; RFC 3339 instants and ISO dates, neither in the
 * future; resident ID numbers with their check digit (lowercase x accepted) and a birth date that
 * agrees with {@code birthDate}; names of Unicode letters, marks, spaces and {@code ·}; lengths.
 */
public final class IntakeAssembler {

  static final int NAME_MAX = 100;
  static final int SUMMARY_MAX = 4000;
  static final int ADDRESS_MAX = 500;
  static final int ID_MAX = 64;
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,32}");
  private static final String NAME_PUNCTUATION = "·・‧•-'.";

  private IntakeAssembler() {}

  public static IntakeCommand assemble(IntakeForm form, Instant now) {
    FormCheck check = new FormCheck(now);
    check.present("channel", form.channel());
    check.present("kind", form.kind());
    check.present("receivedAt", form.receivedAt());
    check.present("jurisdiction", form.jurisdiction());
    Channel channel = check.choice("channel", form.channel(), Channel.class);
    CaseKind kind = check.choice("kind", form.kind(), CaseKind.class);
    Instant receivedAt = check.instant("receivedAt", form.receivedAt());
    JurisdictionCode jurisdiction = jurisdiction(check, form.jurisdiction());
    CaseCategory category = category(check, kind, form.category());
    String summary = check.text("summary", form.summary(), SUMMARY_MAX);
    Reporter reporter = reporter(check, form.reporter());

    PersonDetails subject = null;
    if (check.present("subject", form.subject())) {
      check.present("subject.name", form.subject().name());
      check.present("subject.sex", form.subject().sex());
      subject = person(check, "subject", form.subject());
    }
    List<IntakeCommand.OtherParty> others = new ArrayList<>();
    List<IntakeForm.PartyForm> people = form.people() == null ? List.of() : form.people();
    for (int i = 0; i < people.size(); i++) {
      String path = "people[" + i + "]";
      IntakeForm.PartyForm party = people.get(i);
      if (!check.present(path + ".role", party.role())
          || !check.present(path + ".person", party.person())) {
        continue;
      }
      PartyRole role = check.choice(path + ".role", party.role(), PartyRole.class);
      if (role == PartyRole.SUBJECT) {
        check.error(path + ".role", "intake.people.subjectTwice");
      }
      check.present(path + ".person.name", party.person().name());
      PersonDetails person = person(check, path + ".person", party.person());
      if (role != null && person != null) {
        others.add(new IntakeCommand.OtherParty(role, person));
      }
    }
    check.throwIfAny();
    Intake intake =
        new Intake(
            channel,
            kind,
            receivedAt,
            jurisdiction,
            Boolean.TRUE.equals(form.urgent()),
            category,
            summary,
            reporter);
    return new IntakeCommand(intake, subject, others);
  }

  private static JurisdictionCode jurisdiction(FormCheck check, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return JurisdictionCode.parse(value.strip())
        .filter(code -> code.level() == JurisdictionLevel.COMMUNITY)
        .orElseGet(
            () -> {
              check.error("jurisdiction", "intake.jurisdiction.notACommunity", value);
              return null;
            });
  }

  private static CaseCategory category(FormCheck check, CaseKind kind, String value) {
    CaseCategory category = check.choice("category", value, CaseCategory.class);
    if (kind != null && category != null && !kind.allows(category)) {
      check.error(
          "category",
          "validation.category",
          kind.name(),
          FormCheck.allowed(kind.categories().toArray(new CaseCategory[0])));
      return null;
    }
    return category;
  }

  private static Reporter reporter(FormCheck check, IntakeForm.ReporterForm form) {
    if (form == null) {
      return null;
    }
    ReporterType type = check.choice("reporter.type", form.type(), ReporterType.class);
    String name = check.text("reporter.name", form.name(), NAME_MAX * 2);
    String phone = phone(check, "reporter.phone", form.phone());
    return new Reporter(type, name, phone, Boolean.TRUE.equals(form.anonymous()));
  }

  private static PersonDetails person(FormCheck check, String path, IntakeForm.PersonForm form) {
    String name = name(check, path + ".name", form.name());
    Sex sex = check.choice(path + ".sex", form.sex(), Sex.class);
    LocalDate birthDate = check.date(path + ".birthDate", form.birthDate());
    IdType idType = check.choice(path + ".idType", form.idType(), IdType.class);
    String idNumber = null;
    if (form.idNumber() != null && !form.idNumber().isBlank()) {
      IdType type = idType == null ? IdType.RESIDENT_ID : idType;
      idType = type;
      String raw = form.idNumber().strip();
      if (type == IdType.RESIDENT_ID) {
        var problem = ResidentId.problem(raw);
        if (problem.isPresent()) {
          check.error(path + ".idNumber", "validation.residentId." + problem.get());
        } else {
          ResidentId id = ResidentId.parse(raw);
          idNumber = id.value();
          if (birthDate == null) {
            birthDate = id.birthDate();
          } else if (!birthDate.equals(id.birthDate())) {
            check.error(path + ".idNumber", "validation.residentId.birthDateMismatch");
          }
        }
      } else if (raw.length() > ID_MAX || !raw.codePoints().allMatch(c -> c > 0x20 && c != 0x7f)) {
        check.error(path + ".idNumber", "validation.idNumber", ID_MAX);
      } else {
        idNumber = raw;
      }
    }
    String phone = phone(check, path + ".phone", form.phone());
    String address = check.text(path + ".address", form.address(), ADDRESS_MAX);
    return name == null
        ? null
        : new PersonDetails(name, sex, birthDate, idType, idNumber, phone, address);
  }

  /** Any Unicode letters and marks (rare characters included), spaces and {@code ·}. */
  private static String name(FormCheck check, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value;
    if (name.codePointCount(0, name.length()) > NAME_MAX) {
      check.error(field, "validation.tooLong", NAME_MAX);
      return null;
    }
    boolean ok =
        name.codePoints()
            .allMatch(
                c ->
                    Character.isLetter(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK
                        || Character.isSpaceChar(c)
                        || NAME_PUNCTUATION.indexOf(c) >= 0);
    if (!ok) {
      check.error(field, "validation.name");
      return null;
    }
    return name;
  }

  private static String phone(FormCheck check, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!PHONE.matcher(value.strip()).matches()) {
      check.error(field, "validation.phone");
      return null;
    }
    return value.strip();
  }
}
