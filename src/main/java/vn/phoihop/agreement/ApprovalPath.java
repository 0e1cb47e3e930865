package vn.phoihop.agreement;

/**
 * How an agreement is adopted (docs/domain.md#coordination-agreements): co-signed by the parties'
 * heads, or issued by the provincial People's Committee.
 */
public enum ApprovalPath {
  CO_SIGNED("Các bên cùng ký"),
  ISSUED_BY_DECISION("UBND tỉnh ban hành bằng quyết định");

  private final String label;

  ApprovalPath(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
