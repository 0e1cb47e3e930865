package vn.phoihop.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * Reference data, written only by migrations: links are kept as codes, resolved in {@link
 * AgencyRegistry}.
 */
@Entity
@Immutable
@Table(name = "agency")
class Agency {

  @Id private String code;

  private String name;

  private String shortName;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_type")
  private AgencyType type;

  private String provinceCode;

  private String parentCode;

  private LocalDate validFrom;

  private LocalDate validTo;

  private boolean borderArea;

  private String email;

  protected Agency() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getShortName() {
    return shortName;
  }

  AgencyType getType() {
    return type;
  }

  String getProvinceCode() {
    return provinceCode;
  }

  String getParentCode() {
    return parentCode;
  }

  LocalDate getValidFrom() {
    return validFrom;
  }

  LocalDate getValidTo() {
    return validTo;
  }

  boolean isBorderArea() {
    return borderArea;
  }

  String getEmail() {
    return email;
  }
}
