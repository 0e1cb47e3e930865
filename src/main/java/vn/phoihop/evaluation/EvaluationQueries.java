package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.shared.DomainException;

/** What the REST API reads, filtered by {@link EvaluationAccess}. */
@Service
@Transactional(readOnly = true)
class EvaluationQueries {

  private final EvaluationRepository evaluations;
  private final EvaluationAccess access;
  private final AgencyRegistry agencies;

  EvaluationQueries(
      EvaluationRepository evaluations, EvaluationAccess access, AgencyRegistry agencies) {
    this.evaluations = evaluations;
    this.access = access;
    this.agencies = agencies;
  }

  /**
   * The periods of one agreement the caller may read, oldest first; 403 if it has some but none
   * readable.
   */
  List<EvaluationView> ofAgreement(String agreementCode) {
    return readableOfAgreement(agreementCode).stream()
        .map(e -> EvaluationView.of(e, this::agencyName))
        .toList();
  }

  EvaluationView get(long id) {
    Evaluation evaluation =
        evaluations
            .findById(id)
            .orElseThrow(
                () -> DomainException.notFound("Không tìm thấy kỳ đánh giá số " + id + "."));
    if (!access.reader().canRead(evaluation)) {
      throw DomainException.forbidden(
          "Bạn không có quyền xem kỳ đánh giá này: đơn vị của bạn không phải là một bên của quy chế.");
    }
    return EvaluationView.of(evaluation, this::agencyName);
  }

  /** Every party's figures for every readable period of one agreement. */
  List<KpiRow> kpisOfAgreement(String agreementCode) {
    List<KpiRow> rows = new ArrayList<>();
    for (Evaluation evaluation : readableOfAgreement(agreementCode)) {
      for (PartyReport report : evaluation.getReports()) {
        rows.add(KpiRow.of(evaluation, report, agencyName(report.getAgencyCode())));
      }
    }
    return rows;
  }

  /** One agency's figures in every readable period of every agreement it is a party to. */
  List<KpiRow> kpisOfAgency(String agencyCode) {
    String code = agencies.require(agencyCode, "agency").code();
    EvaluationAccess.Reader reader = access.reader();
    List<KpiRow> rows = new ArrayList<>();
    for (Evaluation evaluation : evaluations.findByPartyIn(List.of(code))) {
      if (reader.canRead(evaluation)) {
        rows.add(KpiRow.of(evaluation, evaluation.reportOf(code), agencyName(code)));
      }
    }
    return rows;
  }

  private List<Evaluation> readableOfAgreement(String agreementCode) {
    String code = agreementCode == null ? "" : agreementCode.strip();
    List<Evaluation> all = evaluations.findByAgreementCodeOrderByPeriodEndAscPeriodStartDesc(code);
    EvaluationAccess.Reader reader = access.reader();
    List<Evaluation> readable = all.stream().filter(reader::canRead).toList();
    if (!all.isEmpty() && readable.isEmpty()) {
      throw DomainException.forbidden(
          "Bạn không có quyền xem đánh giá của quy chế "
              + code
              + ": đơn vị của bạn không phải là một bên của quy chế.");
    }
    return readable;
  }

  private String agencyName(String code) {
    return agencies.find(code).map(AgencyView::name).orElse(code);
  }
}
