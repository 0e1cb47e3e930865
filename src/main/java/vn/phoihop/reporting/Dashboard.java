package vn.phoihop.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agency.ProvinceView;
import vn.phoihop.agreement.AgreementDirectory;
import vn.phoihop.campaign.CampaignQueries;
import vn.phoihop.campaign.CampaignView;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.identity.WebappUsers;
import vn.phoihop.inforequest.OutstandingInformationRequests;
import vn.phoihop.referral.ReferralDecisionClocks;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The managers' dashboard for the user signed in to the webapps: every figure and every list behind
 * a figure, both read by PhoiHop's one read rule ({@link Readership}) for that user, so that a
 * figure always equals the length of its list. Administrators and national managers read the whole
 * country, a provincial manager their province, anyone else their own agency (and the bodies it
 * succeeded).
 */
@Component
class Dashboard {

  static final String AGREEMENTS = "agreements";
  static final String TASKS = "tasks";
  static final String REFERRALS = "referrals";
  static final String CAMPAIGN = "campaign";
  static final String INFORMATION_REQUESTS = "informationRequests";

  private final ProcessEngine engine;
  private final WebappUsers webappUsers;
  private final Readership readership;
  private final AgencyRegistry agencies;
  private final AgreementDirectory agreements;
  private final DashboardTasks tasks;
  private final ReferralDecisionClocks referrals;
  private final CampaignQueries campaigns;
  private final OutstandingInformationRequests informationRequests;

  Dashboard(
      ProcessEngine engine,
      WebappUsers webappUsers,
      Readership readership,
      AgencyRegistry agencies,
      AgreementDirectory agreements,
      DashboardTasks tasks,
      ReferralDecisionClocks referrals,
      CampaignQueries campaigns,
      OutstandingInformationRequests informationRequests) {
    this.engine = engine;
    this.webappUsers = webappUsers;
    this.readership = readership;
    this.agencies = agencies;
    this.agreements = agreements;
    this.tasks = tasks;
    this.referrals = referrals;
    this.campaigns = campaigns;
    this.informationRequests = informationRequests;
  }

  // ---------------------------------------------------------------- the figures

  /** A figure and the list behind it: {@code list} with {@code filter} as query parameters. */
  record Figure(String code, String label, long count, String list, Map<String, String> filter) {}

  record AgencyTasks(
      String agencyCode, String agencyName, Figure overdue, Figure dueSoon, Figure all) {}

  record ReceivingAgency(
      String agencyCode,
      String agencyName,
      Figure handedOver,
      Figure decided,
      long decidedInTime,
      Figure waiting,
      Figure overdue,
      Double averageDaysToDecision,
      Double averageClockDays) {}

  record Campaign(
      long id,
      String code,
      String title,
      String requesterName,
      String periodLabel,
      String statusLabel,
      long submitted,
      int total,
      String label,
      Figure progress,
      List<String> missing,
      List<String> late) {}

  record Summary(
      Map<String, String> labels,
      String scope,
      Instant generatedAt,
      int dueSoonWorkingDays,
      Figure agreements,
      List<Figure> agreementsByStatus,
      List<Figure> agreementsByField,
      Figure overdueTasks,
      Figure dueSoonTasks,
      List<AgencyTasks> tasksByAgency,
      List<ReceivingAgency> referralsByReceivingAgency,
      List<Campaign> campaigns,
      Figure informationRequests,
      List<Figure> informationRequestsByReceiver) {}

  /** The header link: where the page is and what it is called. */
  Map<String, String> link(String engineName) {
    user(engineName);
    return Map.of("label", Texts.text("reporting.dashboard.link"), "href", "/dashboard/index.html");
  }

  /** Every figure of the dashboard for the signed-in user. */
  Summary summary(String engineName) {
    PhoiHopUser user = user(engineName);
    Readership.Reader reader = readership.of(user);
    Map<String, String> fieldNames = fieldNames();

    List<AgreementDirectory.Summary> agreementList = agreements.readable(reader);
    List<Figure> byStatus =
        counted(
            agreementList.stream()
                .collect(
                    Collectors.groupingBy(
                        AgreementDirectory.Summary::status,
                        LinkedHashMap::new,
                        Collectors.toList())),
            (status, rows) ->
                new Figure(
                    status,
                    rows.get(0).statusLabel(),
                    rows.size(),
                    AGREEMENTS,
                    Map.of("status", status)));
    Map<String, List<AgreementDirectory.Summary>> perField = new LinkedHashMap<>();
    fieldNames.keySet().forEach(f -> perField.put(f, new ArrayList<>()));
    for (AgreementDirectory.Summary a : agreementList) {
      a.fields().forEach(f -> perField.computeIfAbsent(f, k -> new ArrayList<>()).add(a));
    }
    List<Figure> byField =
        perField.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(
                e ->
                    new Figure(
                        e.getKey(),
                        fieldNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue().size(),
                        AGREEMENTS,
                        Map.of("field", e.getKey())))
            .toList();

    List<DashboardTasks.OpenTask> open = tasks.readable(reader);
    Map<String, List<DashboardTasks.OpenTask>> perAgency =
        open.stream()
            .collect(
                Collectors.groupingBy(
                    t -> Objects.requireNonNullElse(t.agencyCode(), ""),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<AgencyTasks> tasksByAgency =
        perAgency.entrySet().stream()
            .map(
                e -> {
                  String code = e.getKey();
                  List<DashboardTasks.OpenTask> rows = e.getValue();
                  String name =
                      code.isEmpty()
                          ? Texts.text("reporting.dashboard.noAgency")
                          : rows.get(0).agencyName();
                  return new AgencyTasks(
                      code,
                      name,
                      taskFigure(code, "overdue", rows.stream().filter(t -> t.overdue()).count()),
                      taskFigure(code, "dueSoon", rows.stream().filter(t -> t.dueSoon()).count()),
                      taskFigure(code, null, rows.size()));
                })
            .filter(a -> a.overdue().count() + a.dueSoon().count() > 0)
            .sorted(
                Comparator.comparingLong((AgencyTasks a) -> -a.overdue().count())
                    .thenComparingLong(a -> -a.dueSoon().count())
                    .thenComparing(AgencyTasks::agencyName))
            .toList();

    List<ReferralDecisionClocks.Clock> clocks = referrals.readable(user);
    List<ReceivingAgency> byReceiver =
        clocks.stream()
            .collect(
                Collectors.groupingBy(
                    ReferralDecisionClocks.Clock::receivingAgencyCode,
                    LinkedHashMap::new,
                    Collectors.toList()))
            .entrySet()
            .stream()
            .map(e -> receivingAgency(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(ReceivingAgency::agencyName))
            .toList();

    List<Campaign> campaignList =
        campaigns.readable(reader).stream().map(Dashboard::campaign).toList();

    List<OutstandingInformationRequests.Outstanding> outstanding =
        informationRequests.readable(user);
    List<Figure> byReceiverRequests =
        counted(
            outstanding.stream()
                .collect(
                    Collectors.groupingBy(
                        OutstandingInformationRequests.Outstanding::receiverCode,
                        LinkedHashMap::new,
                        Collectors.toList())),
            (code, rows) ->
                new Figure(
                    code,
                    agencies.nameOf(code),
                    rows.size(),
                    INFORMATION_REQUESTS,
                    Map.of("agency", code)));

    return new Summary(
        labels(),
        scope(user, reader),
        Clocks.now(),
        tasks.dueSoonWorkingDays(),
        new Figure(
            "all",
            Texts.text("reporting.dashboard.agreements.total"),
            agreementList.size(),
            AGREEMENTS,
            Map.of()),
        byStatus,
        byField,
        taskFigure("", "overdue", open.stream().filter(t -> t.overdue()).count(), true),
        taskFigure("", "dueSoon", open.stream().filter(t -> t.dueSoon()).count(), true),
        tasksByAgency,
        byReceiver,
        campaignList,
        new Figure(
            "all",
            Texts.text("reporting.dashboard.requests.total"),
            outstanding.size(),
            INFORMATION_REQUESTS,
            Map.of()),
        byReceiverRequests);
  }

  private static <T> List<Figure> counted(
      Map<String, List<T>> groups, java.util.function.BiFunction<String, List<T>, Figure> figure) {
    return groups.entrySet().stream()
        .map(e -> figure.apply(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong((Figure f) -> -f.count()).thenComparing(Figure::label))
        .toList();
  }

  private static Figure taskFigure(String agency, String kind, long count) {
    return taskFigure(agency, kind, count, false);
  }

  private static Figure taskFigure(String agency, String kind, long count, boolean everyAgency) {
    Map<String, String> filter = new LinkedHashMap<>();
    if (!everyAgency) {
      filter.put("agency", agency);
    }
    if (kind != null) {
      filter.put("kind", kind);
    }
    String label =
        kind == null
            ? Texts.text("reporting.dashboard.tasks.all")
            : kind.equals("overdue")
                ? Texts.text("reporting.dashboard.tasks.overdue")
                : Texts.text("reporting.dashboard.tasks.dueSoon");
    return new Figure(kind == null ? "all" : kind, label, count, TASKS, filter);
  }

  private ReceivingAgency receivingAgency(String code, List<ReferralDecisionClocks.Clock> rows) {
    List<ReferralDecisionClocks.Clock> decided =
        rows.stream().filter(c -> c.decidedOn() != null).toList();
    return new ReceivingAgency(
        code,
        rows.get(0).receivingAgencyName(),
        referralFigure(code, null, rows.size()),
        referralFigure(code, "decided", decided.size()),
        decided.stream().filter(c -> Boolean.TRUE.equals(c.inTime())).count(),
        referralFigure(code, "waiting", rows.size() - decided.size()),
        referralFigure(code, "overdue", rows.stream().filter(c -> c.overdue()).count()),
        decided.isEmpty()
            ? null
            : round(decided.stream().mapToLong(c -> c.daysTaken()).average().orElse(0)),
        rows.stream().anyMatch(c -> c.clockDays() != null)
            ? round(
                rows.stream()
                    .filter(c -> c.clockDays() != null)
                    .mapToLong(c -> c.clockDays())
                    .average()
                    .orElse(0))
            : null);
  }

  private static Double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Figure referralFigure(String agency, String state, long count) {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("agency", agency);
    if (state != null) {
      filter.put("state", state);
    }
    String label =
        state == null
            ? Texts.text("reporting.dashboard.referrals.handedOver")
            : switch (state) {
              case "decided" -> Texts.text("reporting.dashboard.referrals.decided");
              case "waiting" -> Texts.text("reporting.dashboard.referrals.waiting");
              default -> Texts.text("reporting.dashboard.referrals.overdue");
            };
    return new Figure(state == null ? "all" : state, label, count, REFERRALS, filter);
  }

  private static Campaign campaign(CampaignView c) {
    return new Campaign(
        c.id(),
        c.code(),
        c.title(),
        c.requesterName(),
        c.periodLabel(),
        c.statusLabel(),
        c.submitted(),
        c.total(),
        c.label(),
        new Figure(
            c.code(), c.label(), c.submitted(), CAMPAIGN, Map.of("id", String.valueOf(c.id()))),
        c.missing().stream().map(CampaignView.AgencyRef::name).toList(),
        c.late().stream().map(CampaignView.AgencyRef::name).toList());
  }

  private String scope(PhoiHopUser user, Readership.Reader reader) {
    if (reader.everything()) {
      return Texts.text("reporting.dashboard.scope.country");
    }
    if (reader.provinceCode() != null) {
      String province =
          agencies.provinces().stream()
              .filter(p -> p.code().equals(reader.provinceCode()))
              .map(ProvinceView::name)
              .findFirst()
              .orElse(reader.provinceCode());
      return Texts.text("reporting.dashboard.scope.province", province);
    }
    if (user.agencyCode() == null) {
      return Texts.text("reporting.dashboard.scope.none");
    }
    String name = agencies.nameOf(user.agencyCode());
    return reader.agencyCodes().size() > 1
        ? Texts.text("reporting.dashboard.scope.agencyAndPredecessors", name)
        : Texts.text("reporting.dashboard.scope.agency", name);
  }

  private Map<String, String> fieldNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (CodeName field : agencies.fields()) {
      names.put(field.code(), field.name());
    }
    return names;
  }

  // ---------------------------------------------------------------- the lists

  /** The list {@code list} with {@code filter}; 404 for a list that does not exist. */
  DashboardTable list(String engineName, String list, Map<String, String> filter) {
    PhoiHopUser user = user(engineName);
    Readership.Reader reader = readership.of(user);
    return switch (list) {
      case AGREEMENTS -> agreementList(reader, filter);
      case TASKS -> taskList(reader, filter);
      case REFERRALS -> referralList(user, filter);
      case CAMPAIGN -> campaignList(reader, filter);
      case INFORMATION_REQUESTS -> requestList(user, filter);
      default -> throw DomainException.notFound(Texts.text("reporting.dashboard.noSuchList", list));
    };
  }

  private DashboardTable agreementList(Readership.Reader reader, Map<String, String> filter) {
    known(filter, "status", "field");
    String status = filter.get("status");
    String field = filter.get("field");
    Map<String, String> fieldNames = fieldNames();
    Predicate<AgreementDirectory.Summary> wanted =
        a ->
            (status == null || a.status().equals(status))
                && (field == null || a.fields().contains(field));
    List<AgreementDirectory.Summary> rows =
        agreements.readable(reader).stream().filter(wanted).toList();
    String title = Texts.text("reporting.dashboard.list.agreements");
    if (status != null) {
      title +=
          " — "
              + rows.stream()
                  .findFirst()
                  .map(AgreementDirectory.Summary::statusLabel)
                  .orElse(status);
    }
    if (field != null) {
      title += " — " + fieldNames.getOrDefault(field, field);
    }
    return new DashboardTable(
        title,
        "thoa-thuan-phoi-hop",
        List.of(
            Texts.text("reporting.dashboard.col.code"),
            Texts.text("reporting.dashboard.col.title"),
            Texts.text("reporting.dashboard.col.status"),
            Texts.text("reporting.dashboard.col.fields"),
            Texts.text("reporting.dashboard.col.parties")),
        rows.stream()
            .map(
                a ->
                    new DashboardTable.Row(
                        Arrays.asList(
                            a.code(),
                            a.title(),
                            a.statusLabel(),
                            a.fields().stream()
                                .map(f -> fieldNames.getOrDefault(f, f))
                                .collect(Collectors.joining("; ")),
                            a.parties().stream()
                                .map(AgreementDirectory.Party::agencyName)
                                .collect(Collectors.joining("; "))),
                        null))
            .toList());
  }

  private DashboardTable taskList(Readership.Reader reader, Map<String, String> filter) {
    known(filter, "agency", "kind");
    String agency = filter.get("agency");
    String kind = filter.get("kind");
    Predicate<DashboardTasks.OpenTask> ofKind =
        switch (kind == null ? "" : kind) {
          case "" -> t -> true;
          case "overdue" -> DashboardTasks.OpenTask::overdue;
          case "dueSoon" -> DashboardTasks.OpenTask::dueSoon;
          default ->
              throw DomainException.invalid(
                  "kind", Texts.text("reporting.dashboard.badKind", kind));
        };
    List<DashboardTasks.OpenTask> rows =
        tasks.readable(reader).stream()
            .filter(ofKind)
            .filter(
                t ->
                    agency == null || agency.equals(Objects.requireNonNullElse(t.agencyCode(), "")))
            .toList();
    String title =
        kind == null
            ? Texts.text("reporting.dashboard.list.tasks")
            : kind.equals("overdue")
                ? Texts.text("reporting.dashboard.list.overdueTasks")
                : Texts.text("reporting.dashboard.list.dueSoonTasks", tasks.dueSoonWorkingDays());
    if (agency != null && !agency.isEmpty()) {
      title += " — " + agencies.nameOf(agency);
    }
    return new DashboardTable(
        title,
        "cong-viec-den-han",
        List.of(
            Texts.text("reporting.dashboard.col.task"),
            Texts.text("reporting.dashboard.col.case"),
            Texts.text("reporting.dashboard.col.agency"),
            Texts.text("reporting.dashboard.col.assignee"),
            Texts.text("reporting.dashboard.col.due"),
            Texts.text("reporting.dashboard.col.state")),
        rows.stream()
            .map(
                t ->
                    new DashboardTable.Row(
                        Arrays.asList(
                            t.name(),
                            t.caseCode(),
                            t.agencyName(),
                            t.assignee(),
                            VietnameseFormats.dateTime(t.dueAt()),
                            t.overdue()
                                ? Texts.text("reporting.dashboard.state.overdue")
                                : t.dueSoon()
                                    ? Texts.text(
                                        "reporting.dashboard.state.dueSoon", t.workingDaysLeft())
                                    : Texts.text(
                                        "reporting.dashboard.state.open", t.workingDaysLeft())),
                        "/camunda/app/tasklist/default/#/?task=" + t.id()))
            .toList());
  }

  private DashboardTable referralList(PhoiHopUser user, Map<String, String> filter) {
    known(filter, "agency", "state");
    String agency = filter.get("agency");
    String state = filter.get("state");
    Predicate<ReferralDecisionClocks.Clock> inState =
        switch (state == null ? "" : state) {
          case "" -> c -> true;
          case "decided" -> c -> c.decidedOn() != null;
          case "waiting" -> c -> c.decidedOn() == null;
          case "overdue" -> ReferralDecisionClocks.Clock::overdue;
          default ->
              throw DomainException.invalid(
                  "state", Texts.text("reporting.dashboard.badState", state));
        };
    List<ReferralDecisionClocks.Clock> rows =
        referrals.readable(user).stream()
            .filter(inState)
            .filter(c -> agency == null || agency.equals(c.receivingAgencyCode()))
            .toList();
    String title = Texts.text("reporting.dashboard.list.referrals");
    if (agency != null) {
      title += " — " + agencies.nameOf(agency);
    }
    return new DashboardTable(
        title,
        "ho-so-chuyen",
        List.of(
            Texts.text("reporting.dashboard.col.code"),
            Texts.text("reporting.dashboard.col.status"),
            Texts.text("reporting.dashboard.col.openingAgency"),
            Texts.text("reporting.dashboard.col.receivingAgency"),
            Texts.text("reporting.dashboard.col.handedOverOn"),
            Texts.text("reporting.dashboard.col.decisionDueOn"),
            Texts.text("reporting.dashboard.col.decidedOn"),
            Texts.text("reporting.dashboard.col.daysTaken"),
            Texts.text("reporting.dashboard.col.clockDays"),
            Texts.text("reporting.dashboard.col.inTime")),
        rows.stream()
            .map(
                c ->
                    new DashboardTable.Row(
                        Arrays.asList(
                            c.code(),
                            c.statusLabel(),
                            c.openingAgencyName(),
                            c.receivingAgencyName(),
                            date(c.handedOverOn()),
                            date(c.decisionDueOn()),
                            date(c.decidedOn()),
                            String.valueOf(c.daysTaken()),
                            c.clockDays() == null ? null : String.valueOf(c.clockDays()),
                            c.inTime() == null
                                ? (c.overdue()
                                    ? Texts.text("reporting.dashboard.state.overdue")
                                    : null)
                                : c.inTime()
                                    ? Texts.text("reporting.csv.yes")
                                    : Texts.text("reporting.csv.no")),
                        null))
            .toList());
  }

  private DashboardTable campaignList(Readership.Reader reader, Map<String, String> filter) {
    known(filter, "id");
    String id = filter.get("id");
    CampaignView campaign =
        campaigns.readable(reader).stream()
            .filter(c -> String.valueOf(c.id()).equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("reporting.dashboard.noSuchCampaign", String.valueOf(id))));
    // The missing ones first: they are what the reader follows up.
    List<CampaignView.Submission> rows =
        campaign.submissions().stream()
            .sorted(
                Comparator.comparing(CampaignView.Submission::submitted)
                    .thenComparing(CampaignView.Submission::agencyName))
            .toList();
    return new DashboardTable(
        Texts.text(
            "reporting.dashboard.list.campaign",
            campaign.code(),
            campaign.title(),
            campaign.label()),
        "dot-bao-cao-" + campaign.code(),
        List.of(
            Texts.text("reporting.csv.agencyCode"),
            Texts.text("reporting.csv.agencyName"),
            Texts.text("reporting.dashboard.col.currentAgency"),
            Texts.text("reporting.csv.status"),
            Texts.text("reporting.csv.submitted"),
            Texts.text("reporting.csv.late"),
            Texts.text("reporting.csv.submittedAt")),
        rows.stream()
            .map(
                s ->
                    new DashboardTable.Row(
                        Arrays.asList(
                            s.agencyCode(),
                            s.agencyName(),
                            s.currentAgencyName(),
                            s.statusLabel(),
                            s.submitted()
                                ? Texts.text("reporting.csv.yes")
                                : Texts.text("reporting.csv.no"),
                            s.late() ? Texts.text("reporting.csv.yes") : null,
                            s.submittedAt() == null
                                ? null
                                : VietnameseFormats.dateTime(s.submittedAt())),
                        null))
            .toList());
  }

  private DashboardTable requestList(PhoiHopUser user, Map<String, String> filter) {
    known(filter, "agency");
    String agency = filter.get("agency");
    List<OutstandingInformationRequests.Outstanding> rows =
        informationRequests.readable(user).stream()
            .filter(r -> agency == null || agency.equals(r.receiverCode()))
            .toList();
    String title = Texts.text("reporting.dashboard.list.requests");
    if (agency != null) {
      title += " — " + agencies.nameOf(agency);
    }
    return new DashboardTable(
        title,
        "yeu-cau-thong-tin",
        List.of(
            Texts.text("reporting.dashboard.col.code"),
            Texts.text("reporting.dashboard.col.agreement"),
            Texts.text("reporting.dashboard.col.requester"),
            Texts.text("reporting.dashboard.col.receiver"),
            Texts.text("reporting.dashboard.col.subject"),
            Texts.text("reporting.dashboard.col.status"),
            Texts.text("reporting.dashboard.col.askedAt"),
            Texts.text("reporting.dashboard.col.restDueOn")),
        rows.stream()
            .map(
                r ->
                    new DashboardTable.Row(
                        Arrays.asList(
                            r.code(),
                            r.agreementCode(),
                            agencies.nameOf(r.requesterCode()),
                            agencies.nameOf(r.receiverCode()),
                            r.subject(),
                            r.statusLabel(),
                            VietnameseFormats.dateTime(r.createdAt()),
                            date(r.restDueOn())),
                        null))
            .toList());
  }

  private static String date(java.time.LocalDate day) {
    return day == null ? null : VietnameseFormats.date(day);
  }

  /** Refuses a filter this list does not have, by name. */
  private static void known(Map<String, String> filter, String... names) {
    List<String> allowed = List.of(names);
    for (String name : filter.keySet()) {
      if (!allowed.contains(name)) {
        throw DomainException.invalid(
            name, Texts.text("reporting.dashboard.unknownFilter", name, String.join(", ", names)));
      }
    }
  }

  // ---------------------------------------------------------------- labels and user

  private static Map<String, String> labels() {
    // Each key written out, so that TextKeysTests finds it.
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("title", Texts.text("reporting.dashboard.title"));
    labels.put("scope", Texts.text("reporting.dashboard.scope"));
    labels.put("generatedAt", Texts.text("reporting.dashboard.generatedAt"));
    labels.put("agreements", Texts.text("reporting.dashboard.section.agreements"));
    labels.put("byStatus", Texts.text("reporting.dashboard.agreements.byStatus"));
    labels.put("byField", Texts.text("reporting.dashboard.agreements.byField"));
    labels.put("tasks", Texts.text("reporting.dashboard.section.tasks"));
    labels.put("referrals", Texts.text("reporting.dashboard.section.referrals"));
    labels.put("campaigns", Texts.text("reporting.dashboard.section.campaigns"));
    labels.put("requests", Texts.text("reporting.dashboard.section.requests"));
    labels.put("agency", Texts.text("reporting.dashboard.col.agency"));
    labels.put("receivingAgency", Texts.text("reporting.dashboard.col.receivingAgency"));
    labels.put("receiver", Texts.text("reporting.dashboard.col.receiver"));
    labels.put("overdue", Texts.text("reporting.dashboard.tasks.overdue"));
    labels.put("dueSoon", Texts.text("reporting.dashboard.tasks.dueSoon"));
    labels.put("handedOver", Texts.text("reporting.dashboard.referrals.handedOver"));
    labels.put("decided", Texts.text("reporting.dashboard.referrals.decided"));
    labels.put("decidedInTime", Texts.text("reporting.dashboard.referrals.decidedInTime"));
    labels.put("waiting", Texts.text("reporting.dashboard.referrals.waiting"));
    labels.put("referralOverdue", Texts.text("reporting.dashboard.referrals.overdue"));
    labels.put("averageDays", Texts.text("reporting.dashboard.referrals.averageDays"));
    labels.put("clockDays", Texts.text("reporting.dashboard.referrals.clockDays"));
    labels.put("campaign", Texts.text("reporting.dashboard.campaigns.campaign"));
    labels.put("period", Texts.text("reporting.csv.period"));
    labels.put("progress", Texts.text("reporting.dashboard.campaigns.progress"));
    labels.put("missing", Texts.text("reporting.dashboard.campaigns.missing"));
    labels.put("outstanding", Texts.text("reporting.dashboard.requests.outstanding"));
    labels.put("nothing", Texts.text("reporting.dashboard.nothing"));
    labels.put("csv", Texts.text("reporting.dashboard.csv"));
    labels.put("back", Texts.text("reporting.dashboard.back"));
    labels.put("rows", Texts.text("reporting.dashboard.rows"));
    labels.put("loading", Texts.text("reporting.dashboard.loading"));
    labels.put("failed", Texts.text("reporting.dashboard.failed"));
    labels.put("tasklist", Texts.text("reporting.dashboard.tasklist"));
    labels.put("dueSoonHint", Texts.text("reporting.dashboard.tasks.dueSoonHint"));
    return labels;
  }

  private PhoiHopUser user(String engineName) {
    if (!engine.getName().equals(engineName)) {
      throw DomainException.notFound(Texts.text("reporting.dashboard.engineUnknown", engineName));
    }
    PhoiHopUser user = webappUsers.signedIn(engineName);
    if (user == null) {
      throw new Unauthenticated(Texts.text("reporting.dashboard.loginRequired"));
    }
    return user;
  }

  /** Not signed in to the webapps (the security filter normally answers first): 401. */
  static final class Unauthenticated extends RuntimeException {
    Unauthenticated(String message) {
      super(message);
    }
  }
}
