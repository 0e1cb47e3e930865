package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * What the REST API reads, filtered by the one read rule ({@link Readership}): an evaluation's
 * parties are its reporting agencies, located in the provinces they had when the period opened.
 */
@Service
@Transactional(readOnly = true)
class EvaluationQueries {

  private final EvaluationRepository evaluations;
  private final Readership readership;
  private final AgencyRegistry agencies;

  EvaluationQueries(
      EvaluationRepository evaluations, Readership readership, AgencyRegistry agencies) {
    this.evaluations = evaluations;
    this.readership = readership;
    this.agencies = agencies;
  }

  /**
   * The periods of one agreement the caller may read, oldest first; 403 if it has some but none
   * readable.
   */
  List<EvaluationView> ofAgreement(String agreementCode) {
    return readableOfAgreement(agreementCode).stream()
        .map(e -> EvaluationView.of(e, agencies::nameOf))
        .toList();
  }

  EvaluationView get(long id) {
    Evaluation evaluation =
        evaluations
            .findById(id)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("evaluation.notFound", String.valueOf(id))));
    if (!reads(readership.current(), evaluation)) {
      throw DomainException.forbidden(Texts.text("evaluation.read.forbidden"));
    }
    return EvaluationView.of(evaluation, agencies::nameOf);
  }

  /** Every party's figures for every readable period of one agreement. */
  List<KpiRow> kpisOfAgreement(String agreementCode) {
    List<KpiRow> rows = new ArrayList<>();
    for (Evaluation evaluation : readableOfAgreement(agreementCode)) {
      for (PartyReport report : evaluation.getReports()) {
        rows.add(KpiRow.of(evaluation, report, agencies.nameOf(report.getAgencyCode())));
      }
    }
    return rows;
  }

  /**
   * One agency's figures in every readable period of every agreement it is a party to, rolled up
   * with those of the bodies it took over (each row names the party that reported: "Cục QLTT tỉnh
   * Long An" under today's Chi cục QLTT Tây Ninh).
   */
  List<KpiRow> kpisOfAgency(String agencyCode) {
    String code = agencies.require(agencyCode, "agency").code();
    List<String> parties = new ArrayList<>();
    parties.add(code);
    agencies.predecessors(code).forEach(p -> parties.add(p.code()));
    Readership.Reader reader = readership.current();
    List<KpiRow> rows = new ArrayList<>();
    for (Evaluation evaluation : evaluations.findByPartyIn(parties)) {
      if (reads(reader, evaluation)) {
        for (PartyReport report : evaluation.getReports()) {
          if (parties.contains(report.getAgencyCode())) {
            rows.add(KpiRow.of(evaluation, report, agencies.nameOf(report.getAgencyCode())));
          }
        }
      }
    }
    return rows;
  }

  private List<Evaluation> readableOfAgreement(String agreementCode) {
    String code = agreementCode == null ? "" : agreementCode.strip();
    List<Evaluation> all = evaluations.findByAgreementCodeOrderByPeriodEndAscPeriodStartDesc(code);
    Readership.Reader reader = readership.current();
    List<Evaluation> readable = all.stream().filter(e -> reads(reader, e)).toList();
    if (!all.isEmpty() && readable.isEmpty()) {
      throw DomainException.forbidden(Texts.text("evaluation.read.agreementForbidden", code));
    }
    return readable;
  }

  static boolean reads(Readership.Reader reader, Evaluation evaluation) {
    List<PartyReport> parties = evaluation.getReports();
    return reader.reads(
        parties.stream().map(PartyReport::getAgencyCode).toList(),
        parties.stream().map(PartyReport::getProvinceCode).toList());
  }
}
