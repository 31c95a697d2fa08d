package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.protection.application.RiskAssessments;

/**
 * The worklist's "high risk" view (社区网格化重点监控): open domestic-violence cases at HIGH or SEVERE, the
 * longest without a visit first.
 */
@Named("watchList")
@ViewScoped
public class WatchListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RiskAssessments assessments;

  private transient List<RiskAssessments.Watched> rows;

  public List<RiskAssessments.Watched> getRows() {
    if (rows == null) {
      rows = assessments.watchList();
    }
    return rows;
  }
}
