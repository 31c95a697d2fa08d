package org.shouhu.shared.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list officials choose from — categories, reporter types, channels, visit modes —: its codes in
 * the order they are shown, each with its label in Chinese and English. Kept in {@code
 * config/lists/<name>.tsv}, one line per code ({@code CODE<TAB>中文<TAB>English}, {@code #} starts a
 * comment). The codes are API.md's: a list must hold every code the application declares for it,
 * and no other.
 */
public final class CodeList {

  /** A code and its labels. */
  public record Entry(String code, String chinese, String english) {}

  private final String name;
  private final Map<String, Entry> entries;

  private CodeList(String name, Map<String, Entry> entries) {
    this.name = name;
    this.entries = entries;
  }

  /**
   * Reads list {@code name} from its file's lines and checks it against the codes the application
   * declares for it.
   *
   * @throws MalformedConfigurationException naming the file, the line (from 1) and what is wrong
   */
  public static CodeList parse(String name, List<String> lines, Collection<String> declared) {
    String file = "config/lists/" + name + ".tsv";
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = lines.get(i).split("\t", -1);
      if (fields.length != 3 || fields[1].isBlank() || fields[2].isBlank()) {
        throw new MalformedConfigurationException(
            file, i + 1, "want CODE<TAB>中文<TAB>English, each present");
      }
      String code = fields[0].strip();
      if (!declared.contains(code)) {
        throw new MalformedConfigurationException(
            file, i + 1, "unknown code " + code + "; the codes are " + new TreeSet<>(declared));
      }
      if (entries.put(code, new Entry(code, fields[1].strip(), fields[2].strip())) != null) {
        throw new MalformedConfigurationException(file, i + 1, "code " + code + " twice");
      }
    }
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(entries.keySet());
    if (!missing.isEmpty()) {
      throw new MalformedConfigurationException(file, 0, "no line for " + missing);
    }
    return new CodeList(name, entries);
  }

  public String name() {
    return name;
  }

  /** The codes, in the order officials see them. */
  public List<String> codes() {
    return new ArrayList<>(entries.keySet());
  }

  /** The label of {@code code} in English or Chinese; the code itself if the list lacks it. */
  public String label(String code, boolean english) {
    Entry e = entries.get(code);
    return e == null ? code : english ? e.english() : e.chinese();
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }
}
