package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "coordination_field")
class CoordinationField {

  @Id private String code;

  private String name;

  private int sortOrder;

  protected CoordinationField() {}

  CodeName toCodeName() {
    return new CodeName(code, name);
  }

  int getSortOrder() {
    return sortOrder;
  }
}
