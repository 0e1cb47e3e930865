package vn.phoihop.agreement;

/** Why a version of the text was written. */
public enum VersionKind {
  DRAFT("Dự thảo"),
  REVISION("Dự thảo chỉnh lý sau góp ý"),
  AMENDMENT("Sửa đổi, bổ sung");

  private final String label;

  VersionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
