package org.shouhu.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces table that loads one page at a time: the total from one query, the page's rows from
 * another (the filters live in the page's bean, not in the table).
 */
public final class PageModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads page {@code page} (from 0) of {@code size} rows. */
  public interface Loader<T> extends Serializable {
    List<T> load(int page, int size);
  }

  /** How many rows there are in all (asked before a page is loaded). */
  public interface Counter extends Serializable {
    long count();
  }

  /** The key of a row (for PrimeFaces' row identity). */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Counter counter;
  private final Loader<T> loader;
  private final Key<T> key;

  public PageModel(Counter counter, Loader<T> loader, Key<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) counter.count();
  }

  /**
   * After a filter changed: the table starts again at its first page. {@code tableId} is its search
   * expression from the view root, through its form ({@code "worklist:wl-table"}).
   */
  public static void firstPage(String tableId) {
    var table =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent(tableId);
    if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first / pageSize, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }
}
