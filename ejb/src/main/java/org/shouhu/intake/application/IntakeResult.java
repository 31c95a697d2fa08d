package org.shouhu.intake.application;

import java.util.List;
import org.shouhu.casework.application.CaseSheet;

/**
 * The case an intake opened (or, for a retried request, the one it opened the first time) as the
 * caller may read it, the open cases of the same person that the caller may see, and whether such a
 * case exists only outside her scope (nothing more is revealed about it).
 */
public record IntakeResult(CaseSheet sheet, List<String> duplicates, boolean duplicateElsewhere) {}
