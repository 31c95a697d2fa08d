package org.shouhu.protection.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.protection.domain.Instrument;
import org.shouhu.protection.domain.Instruments;
import org.shouhu.protection.domain.RiskLevel;
import org.shouhu.shared.domain.MalformedConfigurationException;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * The assessment instruments from {@code config/assessment/<CODE>.tsv}: the copies inside the
 * application, or the files of {@code SHOUHU_INSTRUMENTS_DIR}. Loaded and checked once at start: a
 * file that does not parse stops the deployment, naming the file and line.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // immutable once loaded
public class ConfiguredInstruments implements Instruments {

  /** The instruments the case kinds use. */
  static final List<String> CODES = List.of("CP_SAFETY_RISK", "DV_RISK");

  private static final Logger LOG = Logger.getLogger(ConfiguredInstruments.class.getName());

  @Inject
  @ConfigProperty(name = "shouhu.instruments.dir")
  Optional<String> dir;

  private Map<String, Instrument> loaded;

  @PostConstruct
  void load() {
    Map<String, Instrument> all = new HashMap<>();
    for (String code : CODES) {
      String file = "config/assessment/" + code + ".tsv";
      List<String> lines =
          ConfigFiles.lines(
                  dir.map(d -> Path.of(d, code + ".tsv").toString()),
                  "/assessment/" + code + ".tsv")
              .orElseThrow(
                  () -> new MalformedConfigurationException(file, 0, "the file is missing"));
      all.put(code, parse(code, file, lines));
    }
    loaded = Map.copyOf(all);
    LOG.info(() -> "Assessment instruments loaded: " + loaded.keySet());
  }

  @Override
  public Optional<Instrument> find(String code) {
    return Optional.ofNullable(loaded.get(code));
  }

  /** An instrument from its file's lines (see the file's header for the format). */
  static Instrument parse(String code, String file, List<String> lines) {
    CaseKind kind = null;
    List<Instrument.Item> items = new ArrayList<>();
    List<Instrument.LevelRule> rules = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      try {
        switch (cols[0]) {
          case "kind" -> kind = CaseKind.valueOf(cols[1].strip());
          case "item" -> {
            require(cols, 6, file, n);
            items.add(
                new Instrument.Item(
                    cols[1].strip(),
                    cols[2].strip(),
                    Integer.parseInt(cols[3].strip()),
                    cols[4].strip(),
                    cols[5].strip()));
          }
          case "level" -> {
            require(cols, 4, file, n);
            rules.add(
                new Instrument.LevelRule(
                    RiskLevel.valueOf(cols[1].strip()),
                    cols[2].strip(),
                    Integer.parseInt(cols[3].strip())));
          }
          default ->
              throw new MalformedConfigurationException(
                  file, n, "a line starts with kind, item or level");
        }
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new MalformedConfigurationException(file, n, e.getMessage());
      }
    }
    if (kind == null || items.isEmpty()) {
      throw new MalformedConfigurationException(file, 0, "a kind and at least one item");
    }
    try {
      return new Instrument(code, kind, items, rules);
    } catch (IllegalArgumentException e) {
      throw new MalformedConfigurationException(file, 0, e.getMessage());
    }
  }

  private static void require(String[] cols, int count, String file, int line) {
    if (cols.length < count) {
      throw new MalformedConfigurationException(file, line, count + " columns, tab-separated");
    }
  }
}
