package org.shouhu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code threads} clients, each doing one operation after the other without
 * pause, first for a warm-up (not recorded), then for the measured time. Latencies go into
 * HdrHistograms per operation name; an operation that throws is an error (and counted, never
 * timed).
 */
final class Load {

  /** One operation of one client; returns its name (for mixed loads). */
  interface Operation {
    String run() throws Exception;
  }

  /** Builds client {@code n}'s operation (its own session, token, data). */
  interface Client {
    Operation of(int n) throws Exception;
  }

  /** What a load measured. */
  static final class Result {
    final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong operations = new AtomicLong();
    double seconds;

    /** CPU milliseconds per measured operation, per process (when a {@link Cpu} was given). */
    Map<String, Double> cpuPerOperation = Map.of();

    Histogram all() {
      Histogram all = new Histogram(3);
      latencies.values().forEach(all::add);
      return all;
    }

    double perSecond() {
      return operations.get() / seconds;
    }

    static double ms(Histogram h, double percentile) {
      return h == null || h.getTotalCount() == 0
          ? Double.NaN
          : h.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  private Load() {}

  static Result run(String name, int threads, int warmupSeconds, int seconds, Client client)
      throws Exception {
    return run(name, threads, warmupSeconds, seconds, client, null, 0, 0);
  }

  static Result run(
      String name, int threads, int warmupSeconds, int seconds, Client client, Cpu cpu)
      throws Exception {
    return run(name, threads, warmupSeconds, seconds, client, cpu, 0, 0);
  }

  /**
   * As above, also charging the CPU the processes used in the measured time to its operations
   * ({@code cpu} non-null), and with each client pausing between operations for a think time drawn
   * uniformly from {@code thinkMin}–{@code thinkMax} ms (not timed), as a person at a screen does.
   */
  static Result run(
      String name,
      int threads,
      int warmupSeconds,
      int seconds,
      Client client,
      Cpu cpu,
      int thinkMin,
      int thinkMax)
      throws Exception {
    List<Operation> operations = new ArrayList<>();
    for (int n = 0; n < threads; n++) {
      operations.add(client.of(n));
    }
    Bench.log(
        String.format(
            "%s: %d clients, %d s warm-up, %d s measured%s…",
            name,
            threads,
            warmupSeconds,
            seconds,
            thinkMax > 0 ? String.format(", thinking %d–%d ms", thinkMin, thinkMax) : ""));
    Result result = new Result();
    long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (Operation operation : operations) {
      int index = workers.size();
      Thread worker =
          new Thread(
              () -> {
                SplittableRandom thinking = new SplittableRandom(index);
                long now;
                while ((now = System.nanoTime()) < end) {
                  boolean measured = now >= warmEnd;
                  try {
                    String op = operation.run();
                    long micros = (System.nanoTime() - now) / 1000;
                    if (measured) {
                      result
                          .latencies
                          .computeIfAbsent(op, k -> new ConcurrentHistogram(3_600_000_000L, 3))
                          .recordValue(Math.max(1, micros));
                      result.operations.incrementAndGet();
                    }
                  } catch (Exception e) {
                    if (measured) {
                      if (result.errors.incrementAndGet() <= 5) {
                        Bench.log(name + " error: " + e);
                      }
                    } else {
                      Bench.log(name + " error in warm-up: " + e);
                    }
                  }
                  if (thinkMax > 0) {
                    try {
                      Thread.sleep(thinkMin + thinking.nextInt(thinkMax - thinkMin + 1));
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                }
              },
              name + "-" + workers.size());
      workers.add(worker);
      worker.start();
    }
    Map<String, Double> cpuBefore = null;
    if (cpu != null) {
      long wait = warmEnd - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      cpuBefore = cpu.now();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (cpu != null) {
      result.cpuPerOperation = cpu.perOperation(cpuBefore, result.operations.get());
    }
    result.seconds = seconds;
    return result;
  }
}
