package org.shouhu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * {@code ./shouhu bench}: loads the data, runs B1–B6 against Shouhu and their baselines on the same
 * database, prints the table and writes {@code target/bench/results.json}. The launcher starts and
 * stops MariaDB, Keycloak and WildFly and passes where they are in the environment.
 */
public final class Bench {

  static final int QUICK_SCALE = 100_000;

  /**
   * How long the server is warmed up with every kind of request before anything is measured, quick
   * or full. On two cores WildFly's JIT compiler threads use 40 % of a core or more for the first
   * two and a half minutes of this load: after 90 s, B2's p95 and B3's were twice what they are
   * after 150 s, and B1 lost 18 % of WildFly's CPU to the compiler.
   */
  static final int WARM_UP_SECONDS = 150;

  /**
   * B1's own warm-up, Shouhu and baseline alike: a few seconds of nothing but intakes before they
   * are counted. B1's CPU line shows what the compiler still took while B1 was measured.
   */
  static final int B1_WARM_UP_SECONDS = 10;

  /** A supervisor's pause between two pages of her worklist (reading it), in ms. */
  static final int THINK_MIN = 1_000;

  static final int THINK_MAX = 5_000;

  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String[]> table = new ArrayList<>();
  private final long scale;
  private final boolean quick;
  private final Set<String> phases;
  private final String dbUrl = env("BENCH_DB_URL");
  private final String dbUser = env("BENCH_DB_USER");
  private final String dbPassword = env("BENCH_DB_PASSWORD");
  private final Api api = new Api(env("BENCH_SHOUHU"), env("BENCH_KEYCLOAK") + "/realms/shouhu");
  private final Codec codec = Codec.fromEnvironment();
  private final Province province;
  private final Generator generator;
  private final AtomicLong keys = new AtomicLong(9_000_000_000L);
  private final List<String> b1Cases = Collections.synchronizedList(new ArrayList<>());
  private Cpu cpu;

  private Bench(long scale, boolean quick, Set<String> phases) throws IOException {
    this.scale = scale;
    this.quick = quick;
    this.phases = phases;
    this.province = Province.from(Path.of(env("BENCH_TREE")));
    this.generator =
        new Generator(
            province, scale, Instant.now().truncatedTo(ChronoUnit.DAYS).minusSeconds(3600));
  }

  static void log(String message) {
    System.err.printf("[bench %tT] %s%n", LocalDateTime.now(), message);
  }

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set (./shouhu bench sets it)");
    }
    return value;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("tree")) {
      Province.from(Path.of(env("BENCH_TREE"))).write(Path.of(args[1]));
      return;
    }
    long scale = 1_000_000;
    boolean quick = false;
    Set<String> phases = Set.of("B1", "B2", "B3", "B4", "B5", "B6");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> {
          quick = true;
          scale = QUICK_SCALE;
        }
        case "--scale" -> scale = Long.parseLong(args[++i].replace("_", ""));
        case "--only" -> phases = Set.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    new Bench(scale, quick, phases).run();
  }

  private int seconds(int full) {
    return quick ? Math.max(10, full / 2) : full;
  }

  private void run() throws Exception {
    results.put("scale", scale);
    results.put("date", Instant.now().toString());
    results.put("cpus", Runtime.getRuntime().availableProcessors());
    List<String> benchStreets = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      benchStreets.add(Province.DISTRICT + (100 + n * 15));
    }
    api.createSupervisors(env("BENCH_KEYCLOAK"), benchStreets);
    cpu =
        new Cpu(
            Map.of(
                "wildfly", Path.of(env("BENCH_WILDFLY_PIDFILE")),
                "mariadb", Path.of(env("BENCH_MARIADB_PIDFILE"))));

    Loader loader = new Loader(dbUrl, dbUser, dbPassword, codec, generator);
    long first = Math.min(scale, QUICK_SCALE);
    log(String.format("loading %,d cases…", first));
    double loadSeconds = loader.load(0, first);
    analyze();
    for (String user : List.of("hotline1", "caseworker1", "auditor1", "stats1")) {
      api.token(user); // signed in one after the other (see Api.token)
    }
    warmUp();
    if (scale > QUICK_SCALE) {
      if (phases.contains("B2")) {
        b2("_100k");
      }
      log(String.format("loading %,d more cases…", scale - first));
      loadSeconds += loader.load(first, scale);
      analyze();
    }
    results.put("load_s", Math.round(loadSeconds));
    results.put("rows", rowCounts());
    // the reads first, at exactly the loaded scale; then B1, whose intakes add rows, on a server
    // whose compiler has had the reads' time to finish (on two cores it is still busy after the
    // warm-up)
    if (phases.contains("B2")) {
      b2("");
      if (scale <= QUICK_SCALE) {
        results.put("B2.p95_ms_100k", results.get("B2.p95_ms"));
      }
    }
    if (phases.contains("B3")) {
      b3();
    }
    if (phases.contains("B5")) {
      b5();
    }
    if (phases.contains("B1")) {
      b1();
    }
    if (phases.contains("B4")) {
      b4();
    }
    if (phases.contains("B6")) {
      b6();
    }
    memory();
    report();
  }

  private Connection db() throws SQLException {
    return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
  }

  private void analyze() throws SQLException {
    log("ANALYZE TABLE (fresh statistics, as after any bulk load)…");
    try (Connection db = db();
        Statement s = db.createStatement()) {
      s.execute(
          "ANALYZE TABLE person, case_file, case_party, case_event, case_deadline, case_visit,"
              + " access_entry, legal_aid_referral");
    }
  }

  private Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = db();
        Statement s = db.createStatement()) {
      for (String t :
          List.of(
              "case_file",
              "person",
              "case_party",
              "case_event",
              "case_deadline",
              "case_visit",
              "access_entry")) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
          r.next();
          counts.put(t, r.getLong(1));
        }
      }
    }
    log("rows: " + counts);
    return counts;
  }

  /**
   * A fresh server runs interpreted code until its JIT compiler has caught up (a minute or so on
   * two cores): every kind of request the benchmarks make, for a while, unrecorded.
   */
  private void warmUp() throws Exception {
    List<String[]> cases = lookupSamples(500);
    List<String> idNumbers = idNumberSamples(Math.min(scale, QUICK_SCALE), 500);
    List<WorklistSession> sessions = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      sessions.add(new WorklistSession(api.shouhu, Api.supervisor(n), Api.PASSWORD));
    }
    Load.run(
        "warm-up (not measured)",
        8,
        WARM_UP_SECONDS,
        0,
        n -> {
          SplittableRandom r = new SplittableRandom(-n);
          return () -> {
            switch (n % 4) {
              case 0, 1 -> {
                intake("hotline1");
              }
              case 2 -> {
                api.call(
                    "caseworker1",
                    "GET",
                    "/cases?q=" + Api.query(idNumbers.get(r.nextInt(idNumbers.size()))),
                    null,
                    200);
                api.call(
                    "caseworker1",
                    "GET",
                    "/cases?q=" + cases.get(r.nextInt(cases.size()))[0],
                    null,
                    200);
                api.call(
                    "caseworker1",
                    "GET",
                    "/cases/" + cases.get(r.nextInt(cases.size()))[1],
                    null,
                    200);
              }
              default -> {
                WorklistSession session = sessions.get(r.nextInt(sessions.size()));
                synchronized (session) {
                  session.firstPage();
                  session.filter("INTERVENTION");
                }
              }
            }
            return "warm-up";
          };
        });
  }

  /** A new intake through the API as {@code user}; returns the new case's id. */
  private String intake(String user) throws IOException, InterruptedException {
    return api.call(user, "POST", "/intakes", intakeBody(keys.incrementAndGet()), 201)
        .path("id")
        .asText();
  }

  /** Intake {@code key} as a hotline operator types it, in one of the province's communities. */
  private ObjectNode intakeBody(long key) {
    SplittableRandom r = Generator.random(key, 8);
    return Api.intake(
        generator, key, province.communities.get(r.nextInt(province.communities.size())));
  }

  // ------------------------------------------------------------------ B1 intake throughput
  private void b1() throws Exception {
    int warm = B1_WARM_UP_SECONDS;
    int measured = seconds(60);
    Instant since = Instant.now();
    Load.Result shouhu =
        Load.run(
            "B1 Shouhu intakes",
            8,
            warm,
            measured,
            n ->
                () -> {
                  String created = intake("hotline1");
                  b1Cases.add(created);
                  return "intake";
                },
            cpu);
    Map<String, Long> shouhuRows = rowsSince(since);
    since = Instant.now();
    List<Baseline> baselines = new ArrayList<>();
    Load.Result jdbc;
    try {
      for (int n = 0; n < 8; n++) {
        baselines.add(new Baseline(dbUrl, dbUser, dbPassword, codec));
      }
      jdbc =
          Load.run(
              "B1 JDBC intakes",
              8,
              warm,
              measured,
              n ->
                  () -> {
                    long key = keys.incrementAndGet();
                    baselines.get(n).intake(intakeBody(key), "hotline1", key);
                    return "intake";
                  },
              cpu);
    } finally {
      for (Baseline b : baselines) {
        b.close();
      }
    }
    Map<String, Long> jdbcRows = rowsSince(since);
    double ratio = shouhu.perSecond() / jdbc.perSecond();
    results.put("B1.shouhu_per_s", round(shouhu.perSecond()));
    results.put("B1.baseline_per_s", round(jdbc.perSecond()));
    results.put("B1.ratio", round(ratio));
    results.put("B1.p95_ms", round(Load.Result.ms(shouhu.all(), 95)));
    results.put("B1.baseline_p95_ms", round(Load.Result.ms(jdbc.all(), 95)));
    results.put("B1.errors", shouhu.errors.get() + jdbc.errors.get());
    results.put("B1.rows_per_intake", perIntake(shouhuRows));
    results.put("B1.baseline_rows_per_intake", perIntake(jdbcRows));
    log("B1 rows written by Shouhu: " + shouhuRows + ", by the baseline: " + jdbcRows);
    results.put("B1.cpu_ms_per_intake", shouhu.cpuPerOperation);
    results.put("B1.baseline_cpu_ms_per_intake", jdbc.cpuPerOperation);
    log(
        "B1 CPU ms per intake, Shouhu: "
            + shouhu.cpuPerOperation
            + ", baseline: "
            + jdbc.cpuPerOperation);
    row(
        "B1 intakes/s, 8 clients",
        fmt(shouhu.perSecond()),
        fmt(jdbc.perSecond()),
        fmt(ratio),
        "ratio ≥ 0.5",
        ratio >= 0.5);
    row(
        "B1 CPU ms/intake: WildFly (its JIT) + MariaDB + client",
        cpuText(shouhu.cpuPerOperation),
        cpuText(jdbc.cpuPerOperation),
        "",
        "",
        null);
    row(
        "B1 intake p95 ms",
        fmt(Load.Result.ms(shouhu.all(), 95)),
        fmt(Load.Result.ms(jdbc.all(), 95)),
        "",
        "",
        null);
  }

  private static String cpuText(Map<String, Double> cpu) {
    return String.format(
        "%.1f (JIT %.1f) + %.1f + %.1f",
        cpu.getOrDefault("wildfly", 0.0),
        cpu.getOrDefault("wildfly_jit", 0.0),
        cpu.getOrDefault("mariadb", 0.0),
        cpu.getOrDefault("client", 0.0));
  }

  private static Map<String, Double> perIntake(Map<String, Long> rows) {
    Map<String, Double> per = new LinkedHashMap<>();
    rows.forEach((k, v) -> per.put(k, round((double) v / Math.max(1, rows.get("case_file")))));
    return per;
  }

  /**
   * Rows of cases created since {@code since} (B1's intakes are received within the last hours).
   */
  private Map<String, Long> rowsSince(Instant since) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    String recent = "SELECT id FROM case_file WHERE received_at >= ? AND created_at >= ?";
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("case_file", "SELECT COUNT(*) FROM (" + recent + ") c");
    queries.put("case_party", "SELECT COUNT(*) FROM case_party WHERE case_id IN (" + recent + ")");
    queries.put("case_event", "SELECT COUNT(*) FROM case_event WHERE case_id IN (" + recent + ")");
    queries.put(
        "case_deadline", "SELECT COUNT(*) FROM case_deadline WHERE case_id IN (" + recent + ")");
    queries.put(
        "person",
        "SELECT COUNT(DISTINCT person_id) FROM case_party WHERE case_id IN (" + recent + ")");
    queries.put(
        "access_entry",
        "SELECT COUNT(*) FROM access_entry WHERE occurred_at >= ? AND action = 'CREATE'");
    try (Connection db = db()) {
      for (Map.Entry<String, String> q : queries.entrySet()) {
        try (PreparedStatement s = db.prepareStatement(q.getValue())) {
          if (q.getKey().equals("access_entry")) {
            s.setString(1, Codec.time(since));
          } else {
            s.setString(1, Codec.time(since.minus(4, ChronoUnit.HOURS)));
            s.setString(2, Codec.time(since));
          }
          try (ResultSet r = s.executeQuery()) {
            r.next();
            counts.put(q.getKey(), r.getLong(1));
          }
        }
      }
    }
    return counts;
  }

  // ------------------------------------------------------------------ B2 lookups
  private List<String[]> lookupSamples(int n) throws SQLException {
    List<String[]> samples = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(Generator.SEED);
    try (Connection db = db();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT case_number, id FROM case_file WHERE id >= ? AND created_by <> 'hotline1'"
                    + " ORDER BY id LIMIT 1")) {
      while (samples.size() < n) {
        s.setString(1, new UUID(r.nextLong(), r.nextLong()).toString());
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            samples.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
    }
    return samples;
  }

  private List<String> idNumberSamples(long loaded, int n) {
    List<String> ids = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(Generator.SEED + 1);
    while (ids.size() < n) {
      String id = generator.subject(generator.subjectKey(r.nextLong(loaded))).idNumber();
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  private void b2(String suffix) throws Exception {
    long loaded = suffix.isEmpty() ? scale : QUICK_SCALE;
    List<String[]> cases = lookupSamples(2000);
    List<String> idNumbers = idNumberSamples(loaded, 2000);
    int warm = 5;
    int measured = seconds(30);
    int clients = 4;
    Load.Result shouhu =
        Load.run("B2 Shouhu lookups" + suffix, clients, warm, measured, lookups(cases, idNumbers));
    List<Baseline> baselines = new ArrayList<>();
    Load.Result jdbc;
    try {
      for (int n = 0; n < clients; n++) {
        baselines.add(new Baseline(dbUrl, dbUser, dbPassword, codec));
      }
      jdbc =
          Load.run(
              "B2 JDBC lookups" + suffix,
              clients,
              warm,
              measured,
              n -> {
                SplittableRandom r = new SplittableRandom(n);
                Baseline b = baselines.get(n);
                return () -> {
                  if (r.nextBoolean()) {
                    if (b.byIdNumber(idNumbers.get(r.nextInt(idNumbers.size()))) == 0) {
                      throw new IOException("no case by ID number");
                    }
                    return "by ID number";
                  }
                  if (b.byCaseNumber(cases.get(r.nextInt(cases.size()))[0]) != 1) {
                    throw new IOException("no case by number");
                  }
                  return "by case number";
                };
              });
    } finally {
      for (Baseline b : baselines) {
        b.close();
      }
    }
    Histogram all = shouhu.all();
    Histogram base = jdbc.all();
    String at = suffix.isEmpty() ? String.format("%,d", scale) : "100,000";
    results.put("B2.p50_ms" + suffix, round(Load.Result.ms(all, 50)));
    results.put("B2.p95_ms" + suffix, round(Load.Result.ms(all, 95)));
    results.put("B2.p99_ms" + suffix, round(Load.Result.ms(all, 99)));
    results.put("B2.baseline_p95_ms" + suffix, round(Load.Result.ms(base, 95)));
    results.put("B2.errors" + suffix, shouhu.errors.get() + jdbc.errors.get());
    row(
        "B2 lookup p50/p95/p99 ms at " + at,
        percentiles(all),
        percentiles(base),
        fmt(Load.Result.ms(all, 95) / Load.Result.ms(base, 95)),
        "p95 ≤ 50",
        Load.Result.ms(all, 95) <= 50 && shouhu.errors.get() == 0);
    for (String kind : List.of("by ID number", "by case number")) {
      double p95 = Load.Result.ms(shouhu.latencies.get(kind), 95);
      double baseP95 = Load.Result.ms(jdbc.latencies.get(kind), 95);
      String key = kind.equals("by ID number") ? "id" : "number";
      results.put("B2." + key + ".p95_ms" + suffix, round(p95));
      results.put("B2." + key + ".baseline_p95_ms" + suffix, round(baseP95));
      row("  " + kind + " p95 ms", fmt(p95), fmt(baseP95), "", "", null);
    }
  }

  /** B2's clients: a caseworker looking cases up by ID number or by case number. */
  private Load.Client lookups(List<String[]> cases, List<String> idNumbers) {
    return n -> {
      SplittableRandom r = new SplittableRandom(n);
      return () -> {
        if (r.nextBoolean()) {
          String id = idNumbers.get(r.nextInt(idNumbers.size()));
          JsonNode found = api.call("caseworker1", "GET", "/cases?q=" + Api.query(id), null, 200);
          if (found.path("items").size() == 0) {
            throw new IOException("no case found for ID number " + id);
          }
          return "by ID number";
        }
        String number = cases.get(r.nextInt(cases.size()))[0];
        JsonNode found = api.call("caseworker1", "GET", "/cases?q=" + number, null, 200);
        if (found.path("items").size() != 1) {
          throw new IOException("case " + number + " not found");
        }
        return "by case number";
      };
    };
  }

  private static String percentiles(Histogram h) {
    return fmt(Load.Result.ms(h, 50))
        + " / "
        + fmt(Load.Result.ms(h, 95))
        + " / "
        + fmt(Load.Result.ms(h, 99));
  }

  // ------------------------------------------------------------------ B3 worklist page
  /** B3's clients: 20 street supervisors, signed in, paging and filtering their worklists. */
  private Load.Client supervisors() throws Exception {
    List<WorklistSession> sessions = new ArrayList<>();
    log("signing 20 supervisors in…");
    for (int n = 0; n < 20; n++) {
      sessions.add(new WorklistSession(api.shouhu, Api.supervisor(n), Api.PASSWORD));
    }
    String[] statuses = {"INTERVENTION", "FOLLOW_UP", "ASSESSMENT", "CLOSED"};
    return n -> {
      WorklistSession session = sessions.get(n);
      boolean[] filterNext = {false};
      SplittableRandom r = new SplittableRandom(n);
      return () -> {
        filterNext[0] = !filterNext[0];
        if (filterNext[0]) {
          session.firstPage();
          return "first page";
        }
        session.filter(statuses[r.nextInt(statuses.length)]);
        return "filtered page";
      };
    };
  }

  private void b3() throws Exception {
    Load.Client supervisors = supervisors();
    // 20 supervisors at their screens: each opens her worklist, reads it, filters it, reads…
    Load.Result result =
        Load.run(
            "B3 worklist, 20 users", 20, 10, seconds(60), supervisors, null, THINK_MIN, THINK_MAX);
    // and the server's capacity for the same pages: 20 clients that never pause
    Load.Result capacity =
        Load.run("B3 worklist capacity, no pauses", 20, 5, seconds(20), supervisors);
    Histogram all = result.all();
    Histogram flat = capacity.all();
    results.put("B3.p50_ms", round(Load.Result.ms(all, 50)));
    results.put("B3.p95_ms", round(Load.Result.ms(all, 95)));
    results.put("B3.p99_ms", round(Load.Result.ms(all, 99)));
    results.put(
        "B3.first_page.p95_ms", round(Load.Result.ms(result.latencies.get("first page"), 95)));
    results.put(
        "B3.filtered.p95_ms", round(Load.Result.ms(result.latencies.get("filtered page"), 95)));
    results.put("B3.pages_per_s", round(result.perSecond()));
    results.put("B3.think_ms", THINK_MIN + "-" + THINK_MAX);
    results.put("B3.errors", result.errors.get() + capacity.errors.get());
    results.put("B3.capacity_pages_per_s", round(capacity.perSecond()));
    results.put("B3.capacity_p95_ms", round(Load.Result.ms(flat, 95)));
    row(
        "B3 worklist p95 ms, 20 users (pause " + THINK_MIN / 1000 + "–" + THINK_MAX / 1000 + " s)",
        fmt(Load.Result.ms(all, 95)),
        "",
        "",
        "p95 ≤ 300",
        Load.Result.ms(all, 95) <= 300 && result.errors.get() == 0);
    for (String kind : List.of("first page", "filtered page")) {
      row(
          "  " + kind + " p95 ms",
          fmt(Load.Result.ms(result.latencies.get(kind), 95)),
          "",
          "",
          "",
          null);
    }
    row(
        "B3 capacity: pages/s, p95 ms (20 clients, no pauses)",
        fmt(capacity.perSecond()) + ", " + fmt(Load.Result.ms(flat, 95)),
        "",
        "",
        "",
        null);
  }

  // ------------------------------------------------------------------ B4 mixed load
  private void b4() throws Exception {
    List<String[]> known = lookupSamples(3000);
    List<ConcurrentLinkedQueue<String>> toAssess = new ArrayList<>();
    for (int n = 0; n < 16; n++) {
      toAssess.add(new ConcurrentLinkedQueue<>());
    }
    for (int k = 0; k < b1Cases.size(); k++) {
      toAssess.get(k % 16).add(b1Cases.get(k));
    }
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    Load.Result result =
        Load.run(
            "B4 mixed load",
            16,
            0,
            120,
            n -> {
              SplittableRandom r = new SplittableRandom(1000 + n);
              return () -> {
                int dice = r.nextInt(100);
                if (dice < 70) {
                  String[] c = known.get(r.nextInt(known.size()));
                  if (r.nextBoolean()) {
                    api.call("caseworker1", "GET", "/cases/" + c[1], null, 200);
                    return "read case";
                  }
                  JsonNode found = api.call("caseworker1", "GET", "/cases?q=" + c[0], null, 200);
                  if (found.path("items").size() != 1) {
                    throw new IOException("case " + c[0] + " not found");
                  }
                  return "search";
                }
                if (dice < 95) {
                  String created = intake("caseworker1");
                  acknowledged.add(created);
                  toAssess
                      .get(n)
                      .add(created); // this client's own, so no two clients move one case
                  return "intake";
                }
                String id = toAssess.get(n).poll();
                if (id == null) { // nothing taken in yet (B1 skipped): a read instead
                  api.call(
                      "caseworker1",
                      "GET",
                      "/cases/" + known.get(r.nextInt(known.size()))[1],
                      null,
                      200);
                  return "read case";
                }
                JsonNode c = api.call("caseworker1", "GET", "/cases/" + id, null, 200);
                ObjectNode move = Api.JSON.createObjectNode();
                move.put("to", "ASSESSMENT");
                move.put("version", c.path("version").asLong());
                api.call("caseworker1", "POST", "/cases/" + id + "/transitions", move, 200);
                return "transition";
              };
            });
    long lost = acknowledged.size() - countCases(acknowledged);
    log("B4: verifying the access-log chain…");
    JsonNode verdict = api.call("auditor1", "GET", "/audit/verify", null, 200);
    boolean chainOk = verdict.path("ok").asBoolean(false);
    Histogram all = result.all();
    results.put("B4.ops_per_s", round(result.perSecond()));
    results.put("B4.p95_ms", round(Load.Result.ms(all, 95)));
    results.put("B4.errors", result.errors.get());
    results.put("B4.intakes", acknowledged.size());
    results.put("B4.lost", lost);
    results.put("B4.chain_ok", chainOk);
    results.put("B4.chain_entries", verdict.path("entries").asLong());
    result.latencies.forEach(
        (op, h) ->
            results.put("B4." + op.replace(' ', '_') + ".p95_ms", round(Load.Result.ms(h, 95))));
    row("B4 mixed ops/s, 16 users, 2 min", fmt(result.perSecond()), "", "", "", null);
    row("B4 mixed p95 ms", fmt(Load.Result.ms(all, 95)), "", "", "", null);
    row("B4 errors", String.valueOf(result.errors.get()), "", "", "= 0", result.errors.get() == 0);
    row(
        "B4 acknowledged intakes lost",
        lost + " of " + acknowledged.size(),
        "",
        "",
        "= 0",
        lost == 0);
    row(
        "B4 access-log chain verifies",
        chainOk + " (" + verdict.path("entries").asLong() + " entries)",
        "",
        "",
        "true",
        chainOk);
  }

  // ------------------------------------------------------------------ B5 indicators
  /**
   * The statistician's indicators of the data's last whole year (about a tenth of the cases), one
   * request at a time, against the same aggregation over plain JDBC ({@link IndicatorBaseline});
   * then again while B2's lookups and B3's supervisors work, whose p95s are reported beside B2's
   * and B3's own: what a year's indicators cost the people at their screens.
   */
  private void b5() throws Exception {
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() - 1;
    int warm = quick ? 5 : 10;
    int measured = seconds(60);
    Load.Client indicators =
        n ->
            () -> {
              JsonNode answer = api.call("stats1", "GET", "/indicators?year=" + year, null, 200);
              if (answer.path("indicators").size() == 0) {
                throw new IOException("no indicators for " + year);
              }
              return "indicators";
            };
    Load.Result shouhu = Load.run("B5 Shouhu indicators " + year, 1, warm, measured, indicators);
    Load.Result jdbc;
    try (IndicatorBaseline baseline =
        new IndicatorBaseline(dbUrl, dbUser, dbPassword, Path.of(env("BENCH_CATALOGUE")))) {
      jdbc =
          Load.run(
              "B5 JDBC aggregation " + year,
              1,
              warm,
              measured,
              n ->
                  () -> {
                    baseline.year(year);
                    return "indicators";
                  });
    }
    List<String[]> cases = lookupSamples(2000);
    List<String> idNumbers = idNumberSamples(scale, 2000);
    Load.Client supervisors = supervisors();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    Load.Result during;
    Load.Result lookups;
    Load.Result worklists;
    try {
      var b5 =
          pool.submit(() -> Load.run("B5 indicators under load", 1, warm, measured, indicators));
      var b2 =
          pool.submit(
              () ->
                  Load.run(
                      "B5: B2 lookups meanwhile", 4, warm, measured, lookups(cases, idNumbers)));
      var b3 =
          pool.submit(
              () ->
                  Load.run(
                      "B5: B3 worklists meanwhile",
                      20,
                      warm,
                      measured,
                      supervisors,
                      null,
                      THINK_MIN,
                      THINK_MAX));
      during = b5.get();
      lookups = b2.get();
      worklists = b3.get();
    } finally {
      pool.shutdown();
    }
    double p50 = Load.Result.ms(shouhu.all(), 50);
    double baseP50 = Load.Result.ms(jdbc.all(), 50);
    double ratio = p50 / baseP50;
    results.put("B5.year", year);
    results.put("B5.p50_ms", round(p50));
    results.put("B5.p95_ms", round(Load.Result.ms(shouhu.all(), 95)));
    results.put("B5.baseline_p50_ms", round(baseP50));
    results.put("B5.baseline_p95_ms", round(Load.Result.ms(jdbc.all(), 95)));
    results.put("B5.ratio", round(ratio));
    results.put("B5.requests", shouhu.all().getTotalCount());
    results.put("B5.p95_ms_under_load", round(Load.Result.ms(during.all(), 95)));
    results.put("B5.B2.p95_ms", round(Load.Result.ms(lookups.all(), 95)));
    results.put("B5.B3.p95_ms", round(Load.Result.ms(worklists.all(), 95)));
    long errors =
        shouhu.errors.get()
            + jdbc.errors.get()
            + during.errors.get()
            + lookups.errors.get()
            + worklists.errors.get();
    results.put("B5.errors", errors);
    row(
        "B5 indicators of " + year + " p50/p95/p99 ms, 1 client",
        percentiles(shouhu.all()),
        percentiles(jdbc.all()),
        fmt(ratio),
        "ratio ≤ 2 (p50)",
        ratio <= 2 && errors == 0);
    row(
        "  meanwhile: indicators p95, B2 p95, B3 p95 ms",
        fmt(Load.Result.ms(during.all(), 95))
            + ", "
            + fmt(Load.Result.ms(lookups.all(), 95))
            + ", "
            + fmt(Load.Result.ms(worklists.all(), 95)),
        "",
        "",
        "",
        null);
  }

  // ------------------------------------------------------------------ B6 payment run
  /**
   * The month's payment run through Shouhu (a caseworker starts it; Jakarta Batch pays it in
   * chunks; the bench polls until it is DONE) against the same payment as one hand-written INSERT …
   * SELECT on the same database ({@link PaymentBaseline}), for the support files of the data's
   * ORPHAN_SUPPORT cases (up to 100,000).
   */
  private void b6() throws Exception {
    int wanted = (int) Math.min(100_000, scale / 10);
    log(String.format("B6: writing up to %,d confirmed support files…", wanted));
    int files = PaymentBaseline.files(dbUrl, dbUser, dbPassword, codec, wanted);
    // one run and one INSERT … SELECT first, not timed: the batch job's first run loads and
    // compiles its code, as the warm-up did for the other requests
    log("B6: a first run and a first INSERT … SELECT (not measured)…");
    pay("2098-12");
    PaymentBaseline.pay(dbUrl, dbUser, dbPassword, "2098-11");
    long start = System.nanoTime();
    String id = pay("2099-01");
    // from the request to the answer that says DONE, the runs' list polled every 50 ms (the run's
    // own answer lists its items once done: reading them is not paying them)
    double shouhu = (System.nanoTime() - start) / 1e9;
    JsonNode run = api.call("caseworker1", "GET", "/payment-runs/" + id, null, 200);
    boolean done = run.path("status").asText().equals("DONE") && run.path("count").asInt() == files;
    log(
        String.format(
            "B6: Shouhu paid %,d files in %.2f s (%s)",
            run.path("count").asInt(), shouhu, run.path("status").asText()));
    start = System.nanoTime();
    int rows = PaymentBaseline.pay(dbUrl, dbUser, dbPassword, "2099-02");
    double sql = (System.nanoTime() - start) / 1e9;
    double ratio = shouhu / sql;
    results.put("B6.files", files);
    results.put("B6.duration_s", round(shouhu));
    results.put("B6.baseline_s", round(sql));
    results.put("B6.ratio", round(ratio));
    results.put("B6.paid_all", done && rows == files);
    row(
        String.format("B6 payment run of %,d files, s", files),
        fmt(shouhu),
        fmt(sql),
        fmt(ratio),
        "ratio ≤ 5",
        ratio <= 5 && done && rows == files);
  }

  /** Starts the month's run and waits until the runs' list says it is no longer RUNNING. */
  private String pay(String month) throws Exception {
    String id =
        api.call(
                "caseworker1",
                "POST",
                "/payment-runs",
                Api.JSON.createObjectNode().put("month", month),
                202)
            .path("id")
            .asText();
    long until = System.nanoTime() + 600_000_000_000L; // ten minutes
    while (System.nanoTime() < until) {
      for (JsonNode r : api.call("caseworker1", "GET", "/payment-runs", null, 200)) {
        if (r.path("id").asText().equals(id) && !r.path("status").asText().equals("RUNNING")) {
          return id;
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the run for " + month + " did not finish in ten minutes");
  }

  private long countCases(List<String> ids) throws SQLException {
    long found = 0;
    try (Connection db = db()) {
      for (int from = 0; from < ids.size(); from += 500) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
        String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement s =
            db.prepareStatement("SELECT COUNT(*) FROM case_file WHERE id IN (" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            s.setString(i + 1, chunk.get(i));
          }
          try (ResultSet r = s.executeQuery()) {
            r.next();
            found += r.getLong(1);
          }
        }
      }
    }
    return found;
  }

  // ------------------------------------------------------------------ memory
  private void memory() throws IOException, InterruptedException {
    String pid = Files.readString(Path.of(env("BENCH_WILDFLY_PIDFILE"))).strip();
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, pid, "GC.run");
    String info = run(jcmd, pid, "GC.heap_info");
    Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
    long heapMb = used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    long rssMb = -1;
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS:")) {
        rssMb = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    results.put("heap_mb", heapMb);
    results.put("rss_mb", rssMb);
    row("WildFly heap after load (after GC), MB", String.valueOf(heapMb), "", "", "", null);
    row("WildFly process RSS, MB", String.valueOf(rssMb), "", "", "", null);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  // ------------------------------------------------------------------ output
  private void row(
      String metric, String shouhu, String baseline, String ratio, String target, Boolean met) {
    table.add(
        new String[] {
          metric, shouhu, baseline, ratio, target, met == null ? "" : met ? "met" : "NOT MET"
        });
  }

  private static String fmt(double value) {
    return Double.isNaN(value)
        ? "—"
        : value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
  }

  private static double round(double value) {
    return Double.isNaN(value) ? -1 : Math.round(value * 100) / 100.0;
  }

  private void report() throws IOException {
    String[] head = {"metric", "Shouhu", "baseline", "ratio", "target", ""};
    int[] width = new int[head.length];
    List<String[]> all = new ArrayList<>();
    all.add(head);
    all.addAll(table);
    for (String[] r : all) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nShouhu benchmark, %,d cases (%s), %s%n%n",
            scale, quick ? "quick" : "full", results.get("date")));
    for (String[] r : all) {
      out.append("| ");
      for (int i = 0; i < r.length; i++) {
        out.append(r[i])
            .append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length())))
            .append(" | ");
      }
      out.setLength(out.length() - 1);
      out.append('\n');
      if (r == head) {
        out.append("|");
        for (int w : width) {
          out.append("-".repeat(w + 2)).append("|");
        }
        out.append('\n');
      }
    }
    System.out.print(out);
    Path dir = Path.of(env("BENCH_OUT"));
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("results.json"),
        Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(flatten()));
    Files.writeString(dir.resolve("results.md"), out.toString());
    log("written " + dir.resolve("results.json"));
  }

  /** One flat object: nested maps (the row counts) become dotted keys. */
  private Map<String, Object> flatten() {
    Map<String, Object> flat = new LinkedHashMap<>();
    results.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> m) {
            m.forEach((k2, v2) -> flat.put(k + "." + k2, v2));
          } else {
            flat.put(k, v);
          }
        });
    return flat;
  }
}
