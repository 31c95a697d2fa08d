package org.shouhu.welfare.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.welfare.domain.PaymentRun;
import org.shouhu.welfare.domain.PaymentRunRepository;

/**
 * After a crash, the runs left RUNNING go on where they stopped: at start-up — when nothing of this
 * server can be running yet — each one's job execution (kept in the database by the JDBC job
 * repository) is restarted, JBeret's {@code jberet.restart.mode=force} since a crashed execution
 * still reads STARTED, and its reader lists only the files not yet paid; a run whose job never
 * started is started. One that cannot be resumed is marked FAILED (the month stays claimed if it
 * paid anything). The launcher's crash test kills a server mid-run to prove it.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigration")
@PermitAll
public class PaymentRunResume {

  private static final Logger LOG = Logger.getLogger(PaymentRunResume.class.getName());

  @Inject PaymentRunRepository runs;
  @Inject PaymentLedger ledger;

  @PostConstruct
  void resume() {
    for (PaymentRun run : runs.running()) {
      try {
        JobOperator operator = PaymentRuns.operator();
        Properties parameters = ledger.jobParameters(run.id(), run.month());
        Optional<Long> execution = run.executionId();
        if (execution.isEmpty()) { // claimed, and the server died before the job started
          ledger.runsAs(run.id(), operator.start(PaymentRuns.JOB, parameters));
        } else {
          parameters.setProperty("jberet.restart.mode", "force");
          ledger.runsAs(run.id(), operator.restart(execution.get(), parameters));
        }
        LOG.info("payment run " + run.id() + " (" + run.month() + ") resumed");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "payment run " + run.id() + " cannot be resumed", e);
        ledger.finish(run.id(), false, "not resumed after a crash: " + e.getMessage());
      }
    }
  }
}
