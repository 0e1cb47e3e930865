package vn.phoihop.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.phoihop.shared.DomainException;

/**
 * The bounds of every paged list of {@code /api/v1}: a page number the database can reach (the row
 * offset, page × size, must fit the JDBC layer's {@code int}; past it the query failed with a 500)
 * and a size of at most {@link #MAX_SIZE}. Out of bounds is a 400 naming {@code page} or {@code
 * size}.
 */
public final class Paging {

  public static final int MAX_SIZE = 200;

  /** 100,000 pages of 200: far beyond any list PhoiHop keeps, and well inside an int offset. */
  public static final int MAX_PAGE = 100_000;

  private Paging() {}

  public static PageRequest of(int page, int size, Sort sort) {
    if (page < 0 || page > MAX_PAGE) {
      throw DomainException.invalid("page", Problems.text("page.range", String.valueOf(MAX_PAGE)));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw DomainException.invalid("size", Problems.text("size.range", String.valueOf(MAX_SIZE)));
    }
    return PageRequest.of(page, size, sort);
  }
}
