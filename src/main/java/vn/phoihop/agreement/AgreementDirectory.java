package vn.phoihop.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.Readership;

/**
 * What features built on top of agreements (information requests, the managers' dashboard) need to
 * know of them: whether one is in force and who its parties are ({@link #find}: no read rule, the
 * caller applies its own), and every agreement a reader reads ({@link #readable}: the agreement's
 * own read rule, the same as its REST list).
 */
@Component
@Transactional(readOnly = true)
public class AgreementDirectory {

  private final AgreementRepository agreements;

  AgreementDirectory(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  /** The agreement with this code (case-insensitive, trimmed), if there is one. */
  public Optional<Facts> find(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return agreements
        .findByCode(code.strip().toUpperCase(Locale.ROOT))
        .map(
            a ->
                new Facts(
                    a.getCode(),
                    a.getTitle(),
                    a.getStatus().inForce(),
                    a.getStatus().label(),
                    a.getParties().stream()
                        .map(
                            p ->
                                new Party(
                                    p.getAgencyCode(), p.getAgencyName(), p.getProvinceCode()))
                        .toList()));
  }

  /**
   * The coordination fields (codes) of each of these agreements that exists, by code (no read rule:
   * the caller has read the records that name them).
   */
  public Map<String, List<String>> fieldsOf(Collection<String> codes) {
    Map<String, List<String>> fields = new HashMap<>();
    if (!codes.isEmpty()) {
      agreements
          .findByCodeIn(Set.copyOf(codes))
          .forEach(a -> fields.put(a.getCode(), List.copyOf(a.getFields())));
    }
    return fields;
  }

  /** Every agreement {@code reader} reads (the list's read rule), by code. */
  public List<Summary> readable(Readership.Reader reader) {
    return agreements.findAll(AgreementQueries.readBy(reader)).stream()
        .sorted(java.util.Comparator.comparing(Agreement::getCode))
        .map(
            a ->
                new Summary(
                    a.getCode(),
                    a.getTitle(),
                    a.getStatus().name(),
                    a.getStatus().label(),
                    List.copyOf(a.getFields()),
                    a.getParties().stream()
                        .map(
                            p ->
                                new Party(
                                    p.getAgencyCode(), p.getAgencyName(), p.getProvinceCode()))
                        .toList()))
        .toList();
  }

  /**
   * One agreement in a list: its status (code and label), its coordination fields (codes) and
   * parties.
   */
  public record Summary(
      String code,
      String title,
      String status,
      String statusLabel,
      List<String> fields,
      List<Party> parties) {}

  /**
   * One agreement as others see it.
   *
   * @param inForce in force, an amendment under way included
   * @param statusLabel the status as users read it
   */
  public record Facts(
      String code, String title, boolean inForce, String statusLabel, List<Party> parties) {

    /** The party with this agency code, if it is one. */
    public Optional<Party> party(String agencyCode) {
      return parties.stream().filter(p -> p.agencyCode().equals(agencyCode)).findFirst();
    }
  }

  /** One party: its agency, its name as recorded on the agreement, its province (if any). */
  public record Party(String agencyCode, String agencyName, String provinceCode) {}
}
