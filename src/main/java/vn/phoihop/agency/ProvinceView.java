package vn.phoihop.agency;

/**
 * A province or centrally-run city. {@code mergedInto} is the code of the province a former
 * province became part of on 1 July 2025, or {@code null} for the 34 current ones.
 */
public record ProvinceView(String code, String name, String mergedInto) {

  public boolean current() {
    return mergedInto == null;
  }
}
