package org.shouhu.welfare.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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
 * started, or whose execution cannot restart, gets a new one. One that cannot be resumed at all is
 * marked FAILED (the month stays claimed if it paid anything). The launcher's crash test kills a
 * server mid-run to prove it.
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
        ledger.runsAs(run.id(), resumed(run));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "payment run " + run.id() + " cannot be resumed", e);
        ledger.finish(run.id(), false, "not resumed after a crash: " + e.getMessage());
      }
    }
  }

  /**
   * The run's job execution restarted where it stopped; else — its job never started, or its
   * execution is gone (a local run keeps jobs in memory) or not the latest — a new one, which pays
   * only what is still unpaid.
   */
  private long resumed(PaymentRun run) {
    JobOperator operator = PaymentRuns.operator();
    Properties parameters = ledger.jobParameters(run.id(), run.month());
    if (run.executionId().isPresent()) {
      Properties restart = new Properties();
      restart.putAll(parameters);
      restart.setProperty("jberet.restart.mode", "force");
      try {
        long execution = operator.restart(run.executionId().get(), restart);
        LOG.info("payment run " + run.id() + " (" + run.month() + ") restarted after a crash");
        return execution;
      } catch (JobExecutionNotMostRecentException
          | NoSuchJobExecutionException
          | JobRestartException e) {
        LOG.log(Level.WARNING, "payment run " + run.id() + ": its execution cannot restart", e);
      }
    }
    long execution = operator.start(PaymentRuns.JOB, parameters);
    LOG.info("payment run " + run.id() + " (" + run.month() + ") started again after a crash");
    return execution;
  }
}
