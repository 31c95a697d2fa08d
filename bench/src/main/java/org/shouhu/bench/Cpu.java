package org.shouhu.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the processes on the machine that a benchmark shares out (WildFly, MariaDB, the
 * benchmark's own clients), from {@code /proc/<pid>/stat}: the profile at process level that says
 * whose cores an operation spends.
 */
final class Cpu {

  private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

  private final Map<String, String> pids = new LinkedHashMap<>();

  Cpu(Map<String, Path> pidFiles) throws IOException {
    pids.put("client", "self");
    for (Map.Entry<String, Path> e : pidFiles.entrySet()) {
      pids.put(e.getKey(), Files.readString(e.getValue()).strip());
    }
  }

  /**
   * CPU milliseconds used so far, per process; {@code wildfly_jit} is the part of WildFly's that
   * its JIT compiler threads used (on two cores the compiler is busy for minutes after a start).
   */
  Map<String, Double> now() throws IOException {
    Map<String, Double> used = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : pids.entrySet()) {
      used.put(e.getKey(), ms(Files.readString(Path.of("/proc", e.getValue(), "stat"))));
    }
    String wildfly = pids.get("wildfly");
    if (wildfly != null) {
      double jit = 0;
      try (DirectoryStream<Path> threads =
          Files.newDirectoryStream(Path.of("/proc", wildfly, "task"))) {
        for (Path thread : threads) {
          String stat = Files.readString(thread.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.matches("C[12] CompilerThre.*")) {
            jit += ms(stat);
          }
        }
      }
      used.put("wildfly_jit", jit);
    }
    return used;
  }

  /** User and system time from a {@code stat} line, in milliseconds. */
  private static double ms(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // after "pid (comm) ": state is field 3, utime field 14, stime field 15
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
  }

  /** CPU milliseconds per operation since {@code before}, per process. */
  Map<String, Double> perOperation(Map<String, Double> before, long operations) throws IOException {
    Map<String, Double> per = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : now().entrySet()) {
      per.put(
          e.getKey(),
          Math.round((e.getValue() - before.get(e.getKey())) / Math.max(1, operations) * 100)
              / 100.0);
    }
    return per;
  }
}
