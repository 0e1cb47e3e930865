package vn.phoihop.registry;

import java.time.LocalDate;

/** What the administrators' API and page send for each change. */
final class RegistryRequests {

  private RegistryRequests() {}

  record Rename(String name, String shortName, String reason) {}

  record Move(String provinceCode, String parentCode, String reason) {}

  /** {@code validTo}: the last day in force. */
  record Close(LocalDate validTo, String successorCode, String reason) {}

  record CustomsBranch(String branchCode, String reason) {}
}
