package org.shouhu.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.shared.application.CodeLists;
import org.shouhu.shared.domain.CodeList;
import org.shouhu.shared.domain.MalformedConfigurationException;

/**
 * The code lists from {@code config/lists/}: the copies inside the application, or the files of
 * {@code SHOUHU_LISTS_DIR}. Loaded and checked once at start against every context's {@link
 * CodeLists.Declaration}: a list that does not fit stops the deployment, with the file and line.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // immutable once loaded
public class ConfiguredCodeLists implements CodeLists {

  private static final Logger LOG = Logger.getLogger(ConfiguredCodeLists.class.getName());

  @Inject @Any Instance<CodeLists.Declaration> declarations;

  @Inject
  @ConfigProperty(name = "shouhu.lists.dir")
  Optional<String> dir;

  private Map<String, CodeList> lists;

  @PostConstruct
  void load() {
    Map<String, CodeList> loaded = new HashMap<>();
    for (CodeLists.Declaration declaration : declarations) {
      declaration
          .codeLists()
          .forEach(
              (name, codes) -> {
                List<String> lines =
                    ConfigFiles.lines(
                            dir.map(d -> Path.of(d, name + ".tsv").toString()),
                            "/lists/" + name + ".tsv")
                        .orElseThrow(
                            () ->
                                new MalformedConfigurationException(
                                    "config/lists/" + name + ".tsv", 0, "the file is missing"));
                loaded.put(name, CodeList.parse(name, lines, codes));
              });
    }
    lists = Map.copyOf(loaded);
    LOG.info(() -> "Code lists loaded: " + lists.keySet());
  }

  @Override
  public CodeList list(String name) {
    CodeList list = lists.get(name);
    if (list == null) {
      throw new IllegalArgumentException("no code list " + name);
    }
    return list;
  }
}
