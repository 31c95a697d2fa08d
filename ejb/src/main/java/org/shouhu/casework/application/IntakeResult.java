package org.shouhu.casework.application;

import java.util.List;
import org.shouhu.casework.domain.Case;

/**
 * The case an intake opened (or, for a retried request, the one it opened the first time), the open
 * cases of the same person that the caller may see, and whether such a case exists only outside her
 * scope (nothing more is revealed about it).
 */
public record IntakeResult(Case aCase, List<String> duplicates, boolean duplicateElsewhere) {}
