package org.shouhu.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.directory.domain.StaffMember;
import org.shouhu.directory.domain.StaffRepository;
import org.shouhu.shared.domain.JurisdictionCode;

/** The staff directory in JPA. */
@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<StaffMember> all() {
    return em.createQuery("select m from StaffMember m", StaffMember.class).getResultList();
  }

  @Override
  public Optional<StaffMember> find(String username) {
    return Optional.ofNullable(em.find(StaffMember.class, username));
  }

  @Override
  public List<StaffMember> at(JurisdictionCode jurisdiction) {
    return em.createQuery(
            "select m from StaffMember m where m.jurisdiction = :j order by m.username",
            StaffMember.class)
        .setParameter("j", jurisdiction.value())
        .getResultList();
  }

  @Override
  public void store(StaffMember member) {
    em.persist(member);
  }
}
