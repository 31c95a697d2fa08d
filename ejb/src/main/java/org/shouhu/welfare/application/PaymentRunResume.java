package org.shouhu.welfare.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.welfare.domain.PaymentRun;
import org.shouhu.welfare.domain.PaymentRunRepository;

/**
 * After a crash, the runs left RUNNING go on where they stopped: at start-up each one's job
 * execution (kept in the database by the JDBC job repository) is restarted — JBeret's {@code
 * jberet.restart.mode=force}, since a crashed execution still reads STARTED —, and its reader lists
 * only the files not yet paid; one that cannot be restarted is marked FAILED (the month stays
 * claimed if it paid anything).
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
        long execution = run.executionId().orElseThrow();
        BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
        if (!operator.getRunningExecutions(PaymentRuns.JOB).contains(execution)
            || status == BatchStatus.FAILED
            || status == BatchStatus.STOPPED) {
          Properties parameters = new Properties();
          parameters.setProperty("runId", run.id());
          parameters.setProperty("month", run.month().toString());
          parameters.setProperty("jberet.restart.mode", "force");
          ledger.runsAs(run.id(), operator.restart(execution, parameters));
          LOG.info("payment run " + run.id() + " (" + run.month() + ") restarted");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "payment run " + run.id() + " cannot be restarted", e);
        ledger.finish(run.id(), false, "not restarted after a crash: " + e.getMessage());
      }
    }
  }
}
