package vn.phoihop.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.evaluation.EvaluationProcess;
import vn.phoihop.evaluation.Kpi;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.ProcessVariable;

/**
 * "Information items exchanged with the partners" ({@link Kpi#INFORMATION_EXCHANGED}) opens in each
 * party's report form with the requests and replies PhoiHop carried for it under the evaluated
 * agreement in the period's window: both the asking and the answering party count each item, a
 * third party counts none, and items of the day before or after the window, or of another
 * agreement, are not counted.
 */
@PhoiHopIntegrationTest
class InformationExchangeKpiTests {

  @Autowired InformationRequestRepository requests;
  @Autowired InformationExchangeStatistics statistics;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachPartysReportOpensWithTheRequestsAndRepliesOfTheWindow() {
    // Quarter III of 2026: 15 June – 14 September.
    String agreement = "QC-2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000_000);
    InformationRequest asked = request(agreement, "QLTT-TNI", "SCT-TNI", at(2026, 7, 1));
    asked.reply(ReplyKind.PARTIAL, "Một phần", null, null, "canbo.scttni", at(2026, 7, 3));
    asked.reply(ReplyKind.FULL, "Phần còn lại", null, null, "canbo.scttni", at(2026, 9, 15));
    requests.save(asked);
    // asked the day before the window, refused within it
    InformationRequest refused = request(agreement, "SCT-TNI", "QLTT-TNI", at(2026, 6, 14));
    refused.reply(ReplyKind.REFUSED, null, "Đang điều tra", null, "canbo.qltttni", at(2026, 6, 20));
    requests.save(refused);
    // another agreement of the same parties
    requests.save(request(agreement + "9", "QLTT-TNI", "SCT-TNI", at(2026, 7, 2)));

    LocalDate from = LocalDate.of(2026, 6, 15);
    LocalDate to = LocalDate.of(2026, 9, 14);
    assertThat(statistics.exchanged(agreement, "QLTT-TNI", from, to)).isEqualTo(3);
    assertThat(statistics.exchanged(agreement, "SCT-TNI", from, to)).isEqualTo(3);
    assertThat(statistics.exchanged(agreement, "CA-TNI", from, to)).isZero();
    assertThat(statistics.exchanged(agreement, "QLTT-TNI", from, to.plusDays(1))).isEqualTo(4);

    ClockUtil.setCurrentTime(Date.from(at(2026, 9, 15)));
    ProcessInstance evaluation =
        startEvaluation(agreement, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI", "CA-TNI"));
    String field = Kpi.INFORMATION_EXCHANGED.field();
    assertThat(reportVariables(evaluation, "QLTT-TNI.staff").get(field)).isEqualTo(3L);
    assertThat(reportVariables(evaluation, "SCT-TNI.staff").get(field)).isEqualTo(3L);
    assertThat(reportVariables(evaluation, "CA-TNI.liaison").get(field)).isEqualTo(0L);
    // leave no period waiting with timers in the shared context
    runtimeService.deleteProcessInstance(evaluation.getId(), "test done", true, true);
  }

  private InformationRequest request(
      String agreement, String requester, String receiver, Instant at) {
    return requests.save(
        new InformationRequest(
            agreement,
            requester,
            receiver,
            "Đối tượng tái phạm",
            "Đề nghị cung cấp thông tin",
            false,
            "canbo." + requester.toLowerCase().replace("-", ""),
            at));
  }

  private ProcessInstance startEvaluation(String code, String lead, List<String> parties) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        EvaluationProcess.Vars.AGREEMENT_ID,
        ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    variables.put(EvaluationProcess.Vars.AGREEMENT_CODE, code);
    variables.put(EvaluationProcess.Vars.LEAD_AGENCY, lead);
    variables.put(EvaluationProcess.Vars.PARTIES, ProcessVariable.jsonList(parties));
    variables.put(EvaluationProcess.Vars.PERIOD_KIND, "QUARTER");
    variables.put(EvaluationProcess.Vars.PERIOD_YEAR, 2026);
    variables.put(EvaluationProcess.Vars.PERIOD_NUMBER, 3);
    return runtimeService.startProcessInstanceByKey(EvaluationProcess.KEY, code, variables);
  }

  private Map<String, Object> reportVariables(ProcessInstance pi, String candidateGroup) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(EvaluationProcess.Elements.FILE_REPORT)
            .taskCandidateGroup(candidateGroup)
            .singleResult();
    assertThat(task).as("report task of %s", candidateGroup).isNotNull();
    return taskService.getVariables(task.getId());
  }

  private static Instant at(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 9, 0, 0, 0, Clocks.ZONE).toInstant();
  }
}
