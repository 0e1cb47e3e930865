package vn.phoihop.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A row of the registry: seeded by migrations, then kept by administrators through {@link
 * AgencyAdministration} (never deleted: a closed body keeps its row, its name and its dates). Links
 * are kept as codes, resolved in {@link AgencyRegistry}.
 */
@Entity
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

  /** What in this row is not confirmed; {@code null} when nothing is in doubt. */
  private String unconfirmed;

  /** On a Chi cục QLTT: the registry does not hold all of its teams. */
  private boolean teamListPartial;

  @Version private int revision;

  protected Agency() {}

  Agency(
      String code,
      String name,
      String shortName,
      AgencyType type,
      String provinceCode,
      String parentCode,
      LocalDate validFrom,
      boolean borderArea,
      String email) {
    this.code = code;
    this.name = name;
    this.shortName = shortName;
    this.type = type;
    this.provinceCode = provinceCode;
    this.parentCode = parentCode;
    this.validFrom = validFrom;
    this.borderArea = borderArea;
    this.email = email;
  }

  void rename(String name, String shortName) {
    this.name = name;
    this.shortName = shortName;
  }

  void move(String provinceCode, String parentCode) {
    this.provinceCode = provinceCode;
    this.parentCode = parentCode;
  }

  /** {@code lastDay}: the last day in force. */
  void close(LocalDate lastDay) {
    this.validTo = lastDay;
  }

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

  String getUnconfirmed() {
    return unconfirmed;
  }

  boolean isTeamListPartial() {
    return teamListPartial;
  }
}
