package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "violation_category")
class ViolationCategory {

  @Id private String code;

  private String name;

  private String criminalCodeArticle;

  private int sortOrder;

  protected ViolationCategory() {}

  ViolationCategoryView toView() {
    return new ViolationCategoryView(code, name, criminalCodeArticle);
  }

  int getSortOrder() {
    return sortOrder;
  }
}
