package vn.phoihop.agency;

/**
 * A province or centrally-run city. {@code mergedInto} is the code of the province a former
 * province became part of on 1 July 2025, or {@code null} for the 34 current ones; {@code border}:
 * the province has a land border or a coastline, and so a Border Guard command.
 */
public record ProvinceView(String code, String name, String mergedInto, boolean border) {

  public boolean current() {
    return mergedInto == null;
  }
}
