package org.shouhu.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.infrastructure.KeyedHash;

class AuditChainTest {

  private final AuditChain chain = new AuditChain(new KeyedHash(new byte[32])::of);
  private final List<AccessEntry> sealed = new ArrayList<>();
  private AuditChain.Head head;

  private AccessEntry entry(int i) {
    return new AccessEntry(
        new EntryFacts(
            Instant.parse("2026-11-28T02:00:00Z").plusSeconds(i),
            "director-a",
            "child-director",
            "READ",
            "case-" + i,
            "210203001001",
            "OK",
            "127.0.0.1",
            null),
        chain);
  }

  /** The whole log at once: sealed entries (by sequence), then the unsealed ones. */
  private AuditChain.Verdict verify(
      List<AccessEntry> sealed,
      List<AccessEntry> unsealed,
      Optional<AuditChain.Head> head,
      Map<Long, String> checkpoints) {
    AuditChain.Verification verification = chain.verification(head, checkpoints);
    sealed.forEach(verification::sealed);
    verification.endOfSealed();
    unsealed.forEach(verification::unsealed);
    return verification.verdict();
  }

  private AuditChain.Verdict verify(
      List<AccessEntry> sealed, List<AccessEntry> unsealed, Optional<AuditChain.Head> head) {
    return verify(sealed, unsealed, head, Map.of());
  }

  @BeforeEach
  void fiveSealedEntries() {
    for (int i = 1; i <= 5; i++) {
      sealed.add(entry(i));
    }
    head = chain.seal(AuditChain.Head.GENESIS, sealed);
  }

  @Test
  void anIntactLogVerifies() {
    AuditChain.Verdict verdict = verify(sealed, List.of(entry(6)), Optional.of(head));
    assertThat(verdict.ok()).isTrue();
    assertThat(verdict.entries()).isEqualTo(6);
    assertThat(head.sequence()).isEqualTo(5);
  }

  @Test
  void aLogFedOneEntryAtATimeVerifiesAsAWhole() {
    AuditChain.Verification verification = chain.verification(Optional.of(head), Map.of());
    sealed.forEach(verification::sealed);
    verification.endOfSealed();
    verification.unsealed(entry(6));
    assertThat(verification.verdict().ok()).isTrue();
    assertThat(verification.verdict().entries()).isEqualTo(6);
  }

  @Test
  void aStreamedVerificationStopsAtTheFirstBreak() throws Exception {
    Field action = AccessEntry.class.getDeclaredField("action");
    action.setAccessible(true);
    action.set(sealed.get(1), "UPDATE");
    AuditChain.Verification verification = chain.verification(Optional.of(head), Map.of());
    assertThat(verification.sealed(sealed.get(0))).isTrue();
    assertThat(verification.sealed(sealed.get(1))).isFalse();
    assertThat(verification.verdict().brokenAt()).isEqualTo(2);
    assertThat(verification.verdict().problem()).isEqualTo(AuditChain.Break.ALTERED);
  }

  @Test
  void aStreamedVerificationThatStopsShortOfTheHeadFails() {
    AuditChain.Verification verification = chain.verification(Optional.of(head), Map.of());
    sealed.subList(0, 4).forEach(verification::sealed);
    verification.endOfSealed();
    assertThat(verification.verdict().ok()).isFalse();
    assertThat(verification.verdict().problem()).isEqualTo(AuditChain.Break.MISSING);
  }

  @Test
  void anAlteredEntryIsFound() throws Exception {
    Field action = AccessEntry.class.getDeclaredField("action");
    action.setAccessible(true);
    action.set(sealed.get(2), "UPDATE");
    AuditChain.Verdict verdict = verify(sealed, List.of(), Optional.of(head));
    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.brokenAt()).isEqualTo(3);
    assertThat(verdict.problem()).isEqualTo(AuditChain.Break.ALTERED);
  }

  @Test
  void aDeletedEntryIsFoundInTheMiddleAndAtTheEnd() {
    List<AccessEntry> middle = new ArrayList<>(sealed);
    middle.remove(1);
    assertThat(verify(middle, List.of(), Optional.of(head)).problem())
        .isEqualTo(AuditChain.Break.MISSING);
    List<AccessEntry> tail = new ArrayList<>(sealed.subList(0, 4));
    AuditChain.Verdict verdict = verify(tail, List.of(), Optional.of(head));
    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.problem()).isEqualTo(AuditChain.Break.MISSING);
  }

  @Test
  void aRewrittenTailWithAMatchingHeadStillFailsItsCheckpoint() {
    Map<Long, String> checkpoints = Map.of(3L, sealed.get(2).chainMac());
    List<AccessEntry> rewritten = new ArrayList<>(sealed.subList(0, 2));
    AccessEntry replacement = entry(30);
    rewritten.add(replacement);
    AuditChain.Head forgedHead =
        chain.seal(new AuditChain.Head(2, sealed.get(1).chainMac()), List.of(replacement));
    assertThat(verify(rewritten, List.of(), Optional.of(forgedHead)).ok()).isTrue();
    AuditChain.Verdict verdict = verify(rewritten, List.of(), Optional.of(forgedHead), checkpoints);
    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.brokenAt()).isEqualTo(3);
  }

  @Test
  void anInsertedEntryIsFoundSealedOrNot() {
    AccessEntry forged = entry(9);
    forged.seal(3, "0".repeat(64));
    List<AccessEntry> withForgery = new ArrayList<>(sealed);
    withForgery.add(2, forged);
    assertThat(verify(withForgery, List.of(), Optional.of(head)).ok()).isFalse();

    AuditChain other =
        new AuditChain(
            new KeyedHash(
                    new byte[] {
                      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                      1, 1, 1, 1, 1, 1
                    })
                ::of);
    AccessEntry madeWithoutTheKey = new AccessEntry(entry(7).facts(), other);
    AuditChain.Verdict verdict = verify(sealed, List.of(madeWithoutTheKey), Optional.of(head));
    assertThat(verdict.ok()).isFalse();
    assertThat(verdict.problem()).isEqualTo(AuditChain.Break.INSERTED);
  }
}
