package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.protection.application.RiskAssessments;
import org.shouhu.shared.application.CurrentUser;

/**
 * The assessments awaiting the user's review, on the worklist's "awaiting my review" view (street
 * supervisors, district caseworkers): the highest level first, then the oldest; each opens its
 * case.
 */
@Named("reviewList")
@ViewScoped
public class ReviewListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RiskAssessments assessments;
  @Inject CurrentUser user;

  private transient List<RiskAssessments.AwaitingReview> rows;

  public boolean isReviewer() {
    return CasePermissions.supervises(user.actor());
  }

  public List<RiskAssessments.AwaitingReview> getRows() {
    if (rows == null) {
      rows = isReviewer() ? assessments.awaitingMyReview() : List.of();
    }
    return rows;
  }

  /** Read again (the view changed). */
  public void refresh() {
    rows = null;
  }
}
