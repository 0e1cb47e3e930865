package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "province")
class Province {

  @Id private String code;

  private String name;

  private String mergedInto;

  /** A land border or a coastline: the province has a Border Guard command. */
  private boolean border;

  protected Province() {}

  ProvinceView toView() {
    return new ProvinceView(code, name, mergedInto, border);
  }
}
