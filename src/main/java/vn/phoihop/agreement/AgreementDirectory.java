package vn.phoihop.agreement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features built on top of agreements (information requests) need to know of one: whether it
 * is in force and who its parties are. No read rule here: the caller applies its own.
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
