package org.shouhu.welfare.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Period;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.domain.SupportFile;
import org.shouhu.welfare.domain.SupportFileRepository;

/**
 * An orphan's support file on the clock (DOMAIN.md §2.3): applied at the street (a director,
 * supervisor or caseworker of the case), verified by the street's supervisor within {@code
 * shouhu.support.verify-within} (15 working days), confirmed by a district caseworker within {@code
 * shouhu.support.confirm-within} (15 working days) — each a deadline of the case — then reviewed
 * every {@code shouhu.support.review-every} (12 months) while it is paid.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class SupportFiles {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject SupportFileRepository files;
  @Inject DeadlinePolicies deadlines;
  @Inject Commands commands;
  @Inject AccessLog accessLog;
  @Inject RefusalLetters letters;

  @Inject
  @ConfigProperty(name = "shouhu.support.verify-within", defaultValue = "15wd")
  String verifyWithin;

  @Inject
  @ConfigProperty(name = "shouhu.support.confirm-within", defaultValue = "15wd")
  String confirmWithin;

  @Inject
  @ConfigProperty(name = "shouhu.support.review-every", defaultValue = "12M")
  String reviewEvery;

  @Audited("SUPPORT_APPLICATION")
  public SupportFileSheet apply(@Audited.RecordId CaseId id, SupportCommands.Application a) {
    Case c = access.open(id).aCase();
    c.permissions().requireWork(user.actor());
    if (c.kind() != CaseKind.ORPHAN_SUPPORT) {
      throw InvalidInputException.of("kind", "support.orphanSupportOnly");
    }
    commands.check(a);
    if (files.ofCase(c.id()).isPresent()) {
      throw new ConflictException("support.exists");
    }
    Instant now = Instant.now();
    if (a.applied().isAfter(now)) {
      throw InvalidInputException.of("appliedAt", "support.future");
    }
    SupportFile f =
        SupportFile.apply(
            c.id(),
            c.caseNumber().value(),
            a.kind(),
            a.parents(),
            a.where(),
            a.payee().who(),
            a.payee().name().strip(),
            a.payee().bankAccount().strip(),
            a.other(),
            a.applied(),
            user.actor());
    files.store(f);
    c.track(SupportFile.VERIFICATION, f.id(), f.appliedAt(), due(verifyWithin, f.appliedAt()));
    return stored(c, f, "SUPPORT_APPLICATION", "APPLIED", now);
  }

  @Audited("SUPPORT_VERIFICATION")
  @RolesAllowed(Role.Names.CHILD_SUPERVISOR)
  public SupportFileSheet verify(@Audited.RecordId CaseId id, SupportCommands.Verification v) {
    Opened o = open(id);
    commands.check(v);
    Instant now = Instant.now();
    Instant at = notInFuture(v.when(now), now);
    o.file().verify(v.yes(), v.reason(), at, user.actor());
    o.aCase().settle(SupportFile.VERIFICATION, o.file().id(), at, true);
    if (v.yes()) {
      o.aCase().track(SupportFile.CONFIRMATION, o.file().id(), at, due(confirmWithin, at));
    }
    return stored(o.aCase(), o.file(), "SUPPORT_VERIFICATION", o.file().status().name(), now);
  }

  @Audited("SUPPORT_CONFIRMATION")
  @RolesAllowed(Role.Names.CASEWORKER)
  public SupportFileSheet confirm(@Audited.RecordId CaseId id, SupportCommands.Confirmation d) {
    Opened o = open(id);
    commands.check(d);
    Instant now = Instant.now();
    Instant at = notInFuture(d.when(now), now);
    o.file()
        .confirm(d.yes(), d.reason(), at, o.aCase().subject().details().birthDate(), user.actor());
    o.aCase().settle(SupportFile.CONFIRMATION, o.file().id(), at, true);
    if (d.yes()) {
      o.aCase().track(SupportFile.REVIEW, o.file().id(), at, due(reviewEvery, at));
    }
    return stored(o.aCase(), o.file(), "SUPPORT_CONFIRMATION", o.file().status().name(), now);
  }

  /**
   * The annual review of a file still paid (by the street or the district): the review deadline
   * met, the next one due {@code shouhu.support.review-every} later.
   */
  @Audited("SUPPORT_REVIEW")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public SupportFileSheet review(@Audited.RecordId CaseId id, SupportCommands.Review r) {
    Opened o = open(id);
    commands.check(r);
    Instant now = Instant.now();
    Instant at = notInFuture(r.when(now), now);
    o.file().checkReview(at);
    // not before the review now due started (the confirmation, or the review before)
    boolean beforeLast =
        o.aCase().deadlines().stream()
            .anyMatch(
                d ->
                    d.isOpen()
                        && d.name().equals(SupportFile.REVIEW)
                        && d.ref().filter(o.file().id()::equals).isPresent()
                        && at.isBefore(d.startedAt()));
    if (beforeLast) {
      throw InvalidInputException.of("at", "support.reviewBeforeLast");
    }
    o.aCase().settle(SupportFile.REVIEW, o.file().id(), at, true);
    o.aCase().track(SupportFile.REVIEW, o.file().id(), at, due(reviewEvery, at));
    return stored(o.aCase(), o.file(), "SUPPORT_REVIEW", "REVIEWED", now);
  }

  @Audited("SUPPORT_END")
  @RolesAllowed(Role.Names.CASEWORKER)
  public SupportFileSheet end(@Audited.RecordId CaseId id, SupportCommands.End e) {
    Opened o = open(id);
    commands.check(e);
    Instant now = Instant.now();
    Instant at = notInFuture(e.when(), now);
    o.file().end(e.reason(), at);
    o.aCase().settle(SupportFile.REVIEW, o.file().id(), at, true);
    return stored(o.aCase(), o.file(), "SUPPORT_END", "ENDED", now);
  }

  /**
   * A refused file's written reasons as a letter (PDF) for the applicant; only a refused file has
   * one (409 otherwise); printing it is logged.
   */
  @Audited("SUPPORT_REFUSAL_LETTER")
  public byte[] refusalLetter(@Audited.RecordId CaseId id) {
    Opened o = open(id);
    SupportFile f = o.file();
    if (f.status() != SupportFile.Status.REFUSED) {
      throw new ConflictException("support.notRefused");
    }
    java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
    boolean byStreet = f.verifiedAt().isEmpty();
    byte[] pdf =
        letters.print(
            new RefusalLetters.Letter(
                f.caseNumber(),
                o.aCase().subject().details().name(),
                org.shouhu.shared.application.Messages.get(zh, "supportCategory." + f.category()),
                byStreet ? "街道（乡镇）审核" : "区民政部门确认",
                java.time.LocalDate.ofInstant(
                    f.refusedAt().orElseThrow(), org.shouhu.shared.domain.Beijing.ZONE),
                f.reason().orElse(""),
                byStreet ? "街道（乡镇）人民政府" : "区民政局"));
    accessLog.record(
        "SUPPORT_REFUSAL_LETTER",
        List.of(o.aCase().id(), f.id()),
        o.aCase().jurisdiction().value());
    return pdf;
  }

  private record Opened(Case aCase, SupportFile file) {}

  private Opened open(CaseId id) {
    Case c = access.open(id).aCase();
    c.permissions().requireWork(user.actor());
    SupportFile f =
        files.ofCase(c.id()).orElseThrow(() -> new NotFoundException("supportFile", c.id()));
    return new Opened(c, f);
  }

  private Instant due(String period, Instant from) {
    Period p = Period.parse(period);
    return p.dueFrom(from, deadlines.current().calendar());
  }

  private static Instant notInFuture(Instant at, Instant now) {
    if (at.isAfter(now)) {
      throw InvalidInputException.of("at", "support.future");
    }
    return at;
  }

  private SupportFileSheet stored(Case c, SupportFile f, String action, String step, Instant now) {
    c.recordEvent(CaseEvent.Type.SUPPORT_STEP, List.of(step), null, user.actor(), now);
    cases.store(c);
    files.store(f);
    accessLog.record(action, List.of(c.id(), f.id()), c.jurisdiction().value());
    return SupportFileSheet.of(f);
  }
}
