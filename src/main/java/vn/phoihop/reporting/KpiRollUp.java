package vn.phoihop.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agreement.AgreementDirectory;
import vn.phoihop.campaign.CampaignQueries;
import vn.phoihop.campaign.CampaignView;
import vn.phoihop.evaluation.EvaluationFigures;
import vn.phoihop.evaluation.Kpi;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.inforequest.InformationRequestFigures;
import vn.phoihop.referral.ReferralDecisionClocks;
import vn.phoihop.referral.ReferralFigures;
import vn.phoihop.referral.ReferralStatistics;
import vn.phoihop.reporting.KpiMeasure.Section;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * KPI roll-ups across features (docs/reporting.md): the evaluation periods, referrals, campaign
 * reports and information requests of a reporting window, summed per agency, per province or per
 * coordination field. Each feature is read through its own public query with its own read rule for
 * the caller, so a roll-up never counts a record the caller could not open. A former body's figures
 * are summed under the body that carries on its work today (Cục QLTT tỉnh Long An's under Chi cục
 * QLTT tỉnh Tây Ninh), in that body's province.
 */
@Service
@Transactional(readOnly = true)
class KpiRollUp {

  /** How the rows are cut. */
  enum By {
    AGENCY,
    PROVINCE,
    FIELD;

    static By of(String text) {
      for (By by : values()) {
        if (by.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
          return by;
        }
      }
      throw DomainException.invalid("by", Texts.text("reporting.kpis.by", text));
    }

    String label() {
      return switch (this) {
        case AGENCY -> Texts.text("reporting.kpis.by.agency");
        case PROVINCE -> Texts.text("reporting.kpis.by.province");
        case FIELD -> Texts.text("reporting.kpis.by.field");
      };
    }
  }

  /** One row: an agency, a province or a field, and its figures by section. */
  record Row(
      String code,
      String name,
      CodeName province,
      List<CodeName> rolledUp,
      Map<String, Object> evaluations,
      Map<String, Long> referrals,
      Map<String, Long> campaigns,
      Map<String, Long> informationRequests) {}

  /**
   * A roll-up.
   *
   * @param total each record counted once (by field, an agreement of two fields is in both rows)
   * @param notes what the figures leave out, in Vietnamese
   */
  record Report(
      String by,
      String byLabel,
      KpiWindow window,
      CodeName field,
      CodeName province,
      List<String> notes,
      List<Row> rows,
      Row total) {}

  private final CurrentUser currentUser;
  private final Readership readership;
  private final AgencyRegistry agencies;
  private final AgreementDirectory agreements;
  private final EvaluationFigures evaluations;
  private final ReferralStatistics referralStatistics;
  private final ReferralDecisionClocks referralClocks;
  private final CampaignQueries campaigns;
  private final InformationRequestFigures informationRequests;

  KpiRollUp(
      CurrentUser currentUser,
      Readership readership,
      AgencyRegistry agencies,
      AgreementDirectory agreements,
      EvaluationFigures evaluations,
      ReferralStatistics referralStatistics,
      ReferralDecisionClocks referralClocks,
      CampaignQueries campaigns,
      InformationRequestFigures informationRequests) {
    this.currentUser = currentUser;
    this.readership = readership;
    this.agencies = agencies;
    this.agreements = agreements;
    this.evaluations = evaluations;
    this.referralStatistics = referralStatistics;
    this.referralClocks = referralClocks;
    this.campaigns = campaigns;
    this.informationRequests = informationRequests;
  }

  /** The caller's roll-up; {@code field} and {@code province} filter it when given. */
  Report report(String byText, KpiWindow window, String fieldText, String provinceText) {
    By by = By.of(byText);
    String field = fieldText == null ? null : agencies.requireField(fieldText, "field");
    String province =
        provinceText == null ? null : agencies.requireProvince(provinceText, "province");
    PhoiHopUser user = currentUser.get();
    Readership.Reader reader = readership.of(user);
    boolean byField = by == By.FIELD || field != null;

    Sums sums = new Sums(by, field, province);
    LocalDate from = window.from();
    LocalDate to = window.to();

    List<EvaluationFigures.PartyPeriod> periods = evaluations.within(reader, from, to);
    List<InformationRequestFigures.Request> requests = informationRequests.within(user, from, to);
    Set<String> agreementCodes = new HashSet<>();
    periods.forEach(p -> agreementCodes.add(p.agreementCode()));
    requests.forEach(r -> agreementCodes.add(r.agreementCode()));
    sums.fields = agreements.fieldsOf(agreementCodes);

    for (EvaluationFigures.PartyPeriod p : periods) {
      sums.add(p.agencyCode(), p.agreementCode(), a -> a.period(p));
    }
    for (InformationRequestFigures.Request r : requests) {
      sums.add(r.requesterCode(), r.agreementCode(), a -> a.asked(r));
      sums.add(r.receiverCode(), r.agreementCode(), a -> a.received(r));
    }
    if (!byField) {
      referralStatistics
          .byOpeningAgency(user, from, to)
          .forEach((agency, figures) -> sums.add(agency, null, a -> a.transferred(figures)));
      for (ReferralDecisionClocks.Clock clock : referralClocks.readable(user)) {
        if (!clock.handedOverOn().isBefore(from) && !clock.handedOverOn().isAfter(to)) {
          sums.add(clock.receivingAgencyCode(), null, a -> a.receivedReferral(clock));
        }
      }
      for (CampaignView campaign : campaigns.readable(reader)) {
        if (!campaign.periodStart().isBefore(from) && !campaign.periodEnd().isAfter(to)) {
          for (CampaignView.Submission s : campaign.submissions()) {
            sums.add(s.agencyCode(), null, a -> a.submission(s));
          }
        }
      }
    }

    List<String> notes = byField ? List.of(Texts.text("reporting.kpis.fieldNote")) : List.of();
    return new Report(
        by.name().toLowerCase(Locale.ROOT),
        by.label(),
        window,
        field == null ? null : fieldName(field),
        province == null ? null : provinceName(province),
        notes,
        sums.rows(),
        sums.total.row(Texts.text("reporting.kpis.total"), null, null, byField));
  }

  private CodeName fieldName(String code) {
    return agencies.fields().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElse(new CodeName(code, code));
  }

  private CodeName provinceName(String code) {
    return agencies.provinces().stream()
        .filter(p -> p.code().equals(code))
        .map(p -> new CodeName(p.code(), p.name()))
        .findFirst()
        .orElse(new CodeName(code, code));
  }

  /** Where a record's contributions go: the row of its agency, province or field. */
  private final class Sums {

    final By by;
    final String field;
    final String province;
    final Map<String, Totals> rows = new TreeMap<>();
    final Totals total = new Totals();
    Map<String, List<String>> fields = Map.of();

    Sums(By by, String field, String province) {
      this.by = by;
      this.field = field;
      this.province = province;
    }

    void add(String agencyCode, String agreementCode, Consumer<Totals> contribution) {
      AgencyView agency = current(agencyCode);
      String agencyProvince = agency == null ? null : agency.provinceCode();
      if (province != null && !province.equals(agencyProvince)) {
        return;
      }
      List<String> recordFields =
          agreementCode == null ? List.of() : fields.getOrDefault(agreementCode, List.of());
      if (field != null && !recordFields.contains(field)) {
        return;
      }
      contribution.accept(total);
      List<String> keys =
          switch (by) {
            case AGENCY -> List.of(agency == null ? agencyCode : agency.code());
            case PROVINCE -> List.of(agencyProvince == null ? "" : agencyProvince);
            case FIELD -> recordFields;
          };
      for (String key : keys) {
        Totals totals = rows.computeIfAbsent(key, k -> new Totals());
        if (by == By.AGENCY && agency != null && !agency.code().equals(agencyCode)) {
          totals.rolledUp.add(agencyCode);
        }
        contribution.accept(totals);
      }
    }

    List<Row> rows() {
      boolean byField = by == By.FIELD || field != null;
      List<Row> result = new ArrayList<>();
      switch (by) {
        case AGENCY ->
            rows.forEach(
                (code, totals) -> {
                  AgencyView agency = agencies.find(code).orElse(null);
                  CodeName in =
                      agency == null || agency.provinceCode() == null
                          ? null
                          : new CodeName(agency.provinceCode(), agency.provinceName());
                  result.add(totals.row(code, agencies.nameOf(code), in, byField));
                });
        case PROVINCE ->
            rows.forEach(
                (code, totals) ->
                    result.add(
                        totals.row(
                            code.isEmpty() ? null : code,
                            code.isEmpty()
                                ? Texts.text("reporting.kpis.national")
                                : provinceName(code).name(),
                            null,
                            byField)));
        case FIELD -> {
          Map<String, Integer> order = new LinkedHashMap<>();
          agencies.fields().forEach(f -> order.put(f.code(), order.size()));
          rows.keySet().stream()
              .sorted(Comparator.comparing(k -> order.getOrDefault(k, Integer.MAX_VALUE)))
              .forEach(
                  code -> result.add(rows.get(code).row(code, fieldName(code).name(), null, true)));
        }
      }
      return result;
    }
  }

  private AgencyView current(String code) {
    AgencyView agency = agencies.find(code).orElse(null);
    if (agency == null || agency.currentSuccessorCode() == null) {
      return agency;
    }
    return agencies.find(agency.currentSuccessorCode()).orElse(agency);
  }

  /** The sums of one row. */
  private final class Totals {

    final Map<KpiMeasure, Long> counts = new EnumMap<>(KpiMeasure.class);
    final Map<Kpi, Long> kpis = new EnumMap<>(Kpi.class);
    final Set<String> rolledUp = new TreeSet<>();

    void period(EvaluationFigures.PartyPeriod p) {
      count(KpiMeasure.REPORTS_DUE, true);
      count(KpiMeasure.REPORTS_FILED, p.filed());
      count(KpiMeasure.REPORTS_FILED_LATE, p.late());
      count(KpiMeasure.REPORTS_NOT_FILED, !p.filed());
      if (p.kpis() != null) {
        for (Kpi kpi : Kpi.values()) {
          Long value = p.kpis().get(kpi.field());
          if (value != null) {
            kpis.merge(kpi, value, Long::sum);
          }
        }
      }
    }

    void transferred(ReferralFigures f) {
      add(KpiMeasure.TRANSFERRED, f.transferred());
      add(KpiMeasure.ACKNOWLEDGED_IN_TIME, f.acknowledgedInTime());
      add(KpiMeasure.DECISIONS_DUE, f.decisionsDue());
      add(KpiMeasure.DECIDED_IN_TIME, f.decidedInTime());
      add(KpiMeasure.PROSECUTED, f.prosecuted());
      add(KpiMeasure.RETURNED, f.returned());
      add(KpiMeasure.SANCTIONED, f.sanctioned());
    }

    void receivedReferral(ReferralDecisionClocks.Clock clock) {
      count(KpiMeasure.RECEIVED, true);
      count(KpiMeasure.RECEIVED_DECIDED, clock.decidedOn() != null);
      count(KpiMeasure.RECEIVED_DECIDED_IN_TIME, Boolean.TRUE.equals(clock.inTime()));
      count(KpiMeasure.RECEIVED_OVERDUE, clock.overdue());
    }

    void submission(CampaignView.Submission s) {
      count(KpiMeasure.REQUESTED, true);
      count(KpiMeasure.SUBMITTED, s.submitted());
      count(KpiMeasure.SUBMITTED_LATE, s.submitted() && s.late());
      count(KpiMeasure.MISSING, s.status().equals("MISSING"));
    }

    void asked(InformationRequestFigures.Request r) {
      count(KpiMeasure.SENT, r.askedInWindow());
      add(KpiMeasure.ITEMS_EXCHANGED, r.itemsInWindow());
    }

    void received(InformationRequestFigures.Request r) {
      if (r.askedInWindow()) {
        count(KpiMeasure.REQUESTS_RECEIVED, true);
        count(KpiMeasure.ANSWERED, r.status().equals("ANSWERED"));
        count(KpiMeasure.PARTLY_ANSWERED, r.status().equals("PARTLY_ANSWERED"));
        count(KpiMeasure.REFUSED, r.status().equals("REFUSED"));
        count(
            KpiMeasure.OUTSTANDING,
            r.status().equals("OPEN") || r.status().equals("PARTLY_ANSWERED"));
      }
      add(KpiMeasure.ITEMS_EXCHANGED, r.itemsInWindow());
    }

    private void count(KpiMeasure measure, boolean yes) {
      add(measure, yes ? 1 : 0);
    }

    private void add(KpiMeasure measure, long value) {
      counts.merge(measure, value, Long::sum);
    }

    Row row(String code, String name, CodeName province, boolean byField) {
      Map<String, Object> evaluation = new LinkedHashMap<>();
      section(Section.EVALUATIONS).forEach(evaluation::put);
      Map<String, Long> figures = new LinkedHashMap<>();
      for (Kpi kpi : Kpi.values()) {
        figures.put(kpi.field(), kpis.getOrDefault(kpi, 0L));
      }
      evaluation.put("kpis", figures);
      return new Row(
          code,
          name,
          province,
          rolledUp.stream().map(c -> new CodeName(c, agencies.nameOf(c))).toList(),
          evaluation,
          byField ? null : section(Section.REFERRALS),
          byField ? null : section(Section.CAMPAIGNS),
          section(Section.INFORMATION_REQUESTS));
    }

    private Map<String, Long> section(Section section) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (KpiMeasure measure : KpiMeasure.values()) {
        if (measure.section == section) {
          values.put(measure.key, counts.getOrDefault(measure, 0L));
        }
      }
      return values;
    }
  }
}
