package org.shouhu.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.CaseParty;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.Reader;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.Visit;
import org.shouhu.casework.domain.WhoSeesWhat;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Masking;

/**
 * Cuts a {@link CaseSheet} from a case for one reader, by {@link WhoSeesWhat} and nothing else: the
 * one place where the decrypted aggregate becomes what an adapter may show.
 */
@ApplicationScoped
public class CaseSheets {

  /** How much of the case a use case needs (not what the reader may see: that is the table's). */
  public enum Depth {
    /** A row of a list: no other context's parts, no timeline. */
    LIST,
    /** One case, with the other contexts' parts. */
    CASE,
    /** One case with its timeline too (the case page, a break-glass read). */
    CASE_WITH_TIMELINE
  }

  @Inject CurrentUser user;
  @Inject @Any Instance<CasePartSource> partSources;

  /** The case as the caller reads it now, or a receipt when she no longer may read it. */
  public CaseSheet forCaller(Case c, Depth depth) {
    return CaseScopes.of(user)
        .readerOf(c)
        .map(reader -> of(c, reader, false, depth))
        .orElseGet(() -> receipt(c));
  }

  /**
   * The case as {@code reader} may see it; {@code reveal} shows numbers and addresses in full where
   * the table lets this reader reveal them (the caller has logged the reveal).
   */
  public CaseSheet of(Case c, Reader reader, boolean reveal, Depth depth) {
    boolean full = reveal && WhoSeesWhat.mayReveal(reader);
    Instant now = Instant.now();
    boolean notes = WhoSeesWhat.sees(reader, CasePart.CASE_NOTES);
    return new CaseSheet(
        reader,
        c.id(),
        c.caseNumber().value(),
        c.kind(),
        c.status(),
        c.report().channel(),
        c.jurisdiction().value(),
        c.report().category().orElse(null),
        c.report().urgent(),
        c.report().summary(),
        c.report().receivedAt(),
        person(c.subject().details(), WhoSeesWhat.of(reader, CasePart.CONTACT_DETAILS), full),
        WhoSeesWhat.sees(reader, CasePart.REPORTER)
            ? c.report().reporter().map(r -> reporter(r, full)).orElse(null)
            : null,
        people(c, reader, full),
        c.assignee().orElse(null),
        c.referredTo().orElse(null),
        c.version(),
        c.report().takenAt(),
        c.updatedAt(),
        c.deadlines().stream().map(d -> deadline(d, now)).toList(),
        notes ? c.visits().stream().map(CaseSheets::visit).toList() : null,
        notes
            ? c.closureRequest()
                .map(
                    r ->
                        new CaseSheet.ClosureRequestSheet(
                            r.requestedBy(), r.requestedAt(), r.reason()))
                .orElse(null)
            : null,
        notes && depth == Depth.CASE_WITH_TIMELINE
            ? c.events().stream()
                .map(
                    e ->
                        new CaseSheet.EventSheet(
                            e.at(),
                            e.user(),
                            e.type().name(),
                            e.detail(),
                            e.codes(),
                            e.text().orElse(null)))
                .toList()
            : null,
        depth == Depth.LIST ? Map.of() : parts(c, reader),
        full,
        work(c, reader, full));
  }

  /** What the caller may do on the case now, as its rules say. */
  private CaseSheet.Work work(Case c, Reader reader, boolean revealed) {
    Actor actor = user.actor();
    CasePermissions may = c.permissions();
    List<CaseStatus> moves = may.movesAllowed(actor);
    return new CaseSheet.Work(
        moves,
        moves.stream().filter(may::moveNeedsReason).toList(),
        may.mayRequestClosure(actor),
        may.mayDecideClosure(actor),
        may.mayAssign(actor),
        may.mayRecordVisit(actor),
        may.mayShareWithLegalAid(actor),
        WhoSeesWhat.mayReveal(reader) && !revealed);
  }

  /** What the author of an action learns when the action took the case out of her sight. */
  private static CaseSheet receipt(Case c) {
    return new CaseSheet(
        null,
        c.id(),
        c.caseNumber().value(),
        c.kind(),
        c.status(),
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        c.version(),
        null,
        c.updatedAt(),
        List.of(),
        null,
        null,
        null,
        Map.of(),
        false,
        CaseSheet.Work.NONE);
  }

  private List<CaseSheet.PartySheet> people(Case c, Reader reader, boolean full) {
    Disclosure contact = WhoSeesWhat.of(reader, CasePart.OTHERS_CONTACT_DETAILS);
    return c.parties().stream()
        .filter(p -> p.role() != PartyRole.SUBJECT)
        .filter(p -> WhoSeesWhat.sees(reader, partOf(p)))
        .map(
            p ->
                new CaseSheet.PartySheet(
                    p.role().name(), person(p.person().details(), contact, full)))
        .toList();
  }

  private static CasePart partOf(CaseParty party) {
    return party.role() == PartyRole.RESPONDENT ? CasePart.RESPONDENT : CasePart.OTHER_PEOPLE;
  }

  private Map<String, Object> parts(Case c, Reader reader) {
    Map<String, Object> parts = new LinkedHashMap<>();
    for (CasePartSource source : partSources) {
      Disclosure disclosure = WhoSeesWhat.of(reader, source.part());
      if (disclosure.visible()) {
        Object part = source.read(c, reader, disclosure);
        if (part != null) {
          parts.put(source.name(), part);
        }
      }
    }
    return parts;
  }

  private static CaseSheet.PersonSheet person(PersonDetails p, Disclosure contact, boolean full) {
    boolean shown =
        contact == Disclosure.SHOWN || (full && contact == Disclosure.MASKED_REVEALABLE);
    boolean hidden = !contact.visible();
    return new CaseSheet.PersonSheet(
        p.name(),
        p.sex() == null ? null : p.sex().name(),
        p.birthDate(),
        p.idType() == null ? null : p.idType().name(),
        hidden ? null : shown ? p.idNumber() : Masking.idNumber(p.idNumber()),
        hidden ? null : shown ? p.phone() : Masking.phone(p.phone()),
        hidden ? null : shown ? p.address() : Masking.address(p.address()));
  }

  private static CaseSheet.ReporterSheet reporter(Reporter r, boolean full) {
    return new CaseSheet.ReporterSheet(
        r.type() == null ? null : r.type().name(),
        r.name(),
        full ? r.phone() : Masking.phone(r.phone()),
        r.anonymous());
  }

  private static CaseSheet.DeadlineSheet deadline(Deadline d, Instant now) {
    return new CaseSheet.DeadlineSheet(
        d.name(),
        d.dueAt(),
        d.metAt().orElse(null),
        d.lapsedAt().orElse(null),
        d.isOverdue(now),
        d.metAt().isPresent() && d.metOnTime());
  }

  static CaseSheet.VisitSheet visit(Visit v) {
    return new CaseSheet.VisitSheet(
        v.id(),
        v.visitedAt(),
        v.mode().name(),
        v.present().orElse(null),
        v.seenAlone().orElse(null),
        v.notes(),
        v.nextVisitDue().orElse(null),
        v.recordedBy());
  }
}
