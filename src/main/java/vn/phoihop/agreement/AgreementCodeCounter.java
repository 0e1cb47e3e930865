package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number handed out for one code prefix and year ({@code QC-2026}). */
@Entity
@Table(name = "agreement_code_counter")
class AgreementCodeCounter {

  @Id
  @Column(name = "prefix")
  private String prefix;

  @Column(name = "last_value", nullable = false)
  private int lastValue;

  protected AgreementCodeCounter() {}

  AgreementCodeCounter(String prefix) {
    this.prefix = prefix;
  }

  int next() {
    return ++lastValue;
  }
}
