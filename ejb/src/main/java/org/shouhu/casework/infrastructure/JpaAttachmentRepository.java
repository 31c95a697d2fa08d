package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.casework.domain.Attachment;
import org.shouhu.casework.domain.AttachmentRepository;

/** Attachments in JPA: always looked up with their case, so that an id of another case is none. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(Attachment attachment) {
    if (!em.contains(attachment)) {
      em.persist(attachment);
    }
  }

  @Override
  public Optional<Attachment> find(String caseId, String id) {
    return em.createQuery(
            "select a from Attachment a where a.id = :id and a.caseId = :caseId", Attachment.class)
        .setParameter("id", id)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Attachment> ofCase(String caseId) {
    return em.createQuery(
            "select a from Attachment a where a.caseId = :caseId and a.withdrawnAt is null"
                + " order by a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
