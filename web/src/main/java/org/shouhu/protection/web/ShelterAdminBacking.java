package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.protection.application.ShelterCommands;
import org.shouhu.protection.application.Shelters;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;

/** The administrator's shelters page: the shelters with their occupancy, and a new one. */
@Named("shelterAdmin")
@ViewScoped
public class ShelterAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Shelters shelters;
  @Inject Growl growl;
  @Inject UiText text;

  private String name;
  private String address;
  private Integer capacity;
  private transient List<Shelters.ShelterRow> rows;

  public List<Shelters.ShelterRow> getRows() {
    if (rows == null) {
      rows = shelters.list();
    }
    return rows;
  }

  public void create() {
    try {
      shelters.create(new ShelterCommands.ShelterRecord(name, address, capacity));
      growl.info(text.of("shelter.created"));
      name = null;
      address = null;
      capacity = null;
      rows = null;
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }
}
