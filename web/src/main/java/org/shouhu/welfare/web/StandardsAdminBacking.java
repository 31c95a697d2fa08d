package org.shouhu.welfare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.welfare.application.AllowanceStandards;
import org.shouhu.welfare.domain.AllowanceCategory;

/**
 * The administrator's allowance standards (admin/standards.xhtml): the dated table with each
 * standard's rise over a year before against the plan's 6 %, and a new standard from a month on.
 */
@Named("standardsAdmin")
@ViewScoped
public class StandardsAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AllowanceStandards standards;
  @Inject Growl growl;
  @Inject UiText text;

  private String category;
  private String monthly;
  private String from;
  private transient List<AllowanceStandards.Row> rows;

  public List<AllowanceStandards.Row> getRows() {
    if (rows == null) {
      rows = standards.list();
    }
    return rows;
  }

  public List<String> getCategories() {
    return Arrays.stream(AllowanceCategory.values()).map(Enum::name).toList();
  }

  public void add() {
    try {
      standards.add(new AllowanceStandards.Entry(category, monthly, from));
      growl.info(text.of("standard.added"));
      monthly = null;
      from = null;
      rows = null;
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getMonthly() {
    return monthly;
  }

  public void setMonthly(String monthly) {
    this.monthly = monthly;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}
