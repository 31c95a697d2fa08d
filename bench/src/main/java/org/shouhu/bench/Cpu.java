package org.shouhu.bench;

import java.io.IOException;
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

  /** CPU milliseconds used so far, per process. */
  Map<String, Double> now() throws IOException {
    Map<String, Double> used = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : pids.entrySet()) {
      String stat = Files.readString(Path.of("/proc", e.getValue(), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after "pid (comm) ": state is field 3, utime field 14, stime field 15
      used.put(e.getKey(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS);
    }
    return used;
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
