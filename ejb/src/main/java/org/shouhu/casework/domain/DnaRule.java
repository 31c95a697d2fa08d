package org.shouhu.casework.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * [law-derived] No DNA data of trafficked or suspected trafficked children or their parents: the
 * plan leaves collecting it to public security alone (DOMAIN.md §2.1). On a TRAFFICKING case every
 * text Shouhu would keep — a note, a reason, a plan action, a file's name or note — that mentions
 * DNA ({@code DNA}, {@code 基因}, {@code 脱氧核糖核酸}, also in full-width letters) is refused on its
 * field, with the reason.
 */
public final class DnaRule {

  private static final Pattern DNA =
      Pattern.compile("(?<![a-z])dna(?![a-z])|基因|脱氧核糖核酸", Pattern.CASE_INSENSITIVE);

  private DnaRule() {}

  /** Refuses {@code text} on {@code field} when the case is about trafficking and it names DNA. */
  public static void check(Case c, String field, String text) {
    if (c.report().category().orElse(null) == CaseCategory.TRAFFICKING && mentionsDna(text)) {
      throw InvalidInputException.of(field, "case.dna");
    }
  }

  static boolean mentionsDna(String text) {
    return text != null && DNA.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
  }
}
