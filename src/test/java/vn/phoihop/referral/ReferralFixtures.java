package vn.phoihop.referral;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.shared.Clocks;

/**
 * Referrals at precise legal dates, built through the aggregate's own steps and stored as they are,
 * without their process: fixtures for what counts referrals ({@link ReferralStatistics}), here and
 * in the evaluation's tests. Each step is recorded at 10:00 (Vietnam) on its legal date; a clock is
 * due at the end (23:59:59) of the day given. The receiving body is the provincial police of the
 * referral's province, its code irrelevant to what is counted.
 *
 * <p>At ba68398 the referral bundle has no timeline texts yet for a refusal, a re-routing, a
 * forward and QLTT's receipt of a returned dossier ({@code referral.timeline.refused}, {@code
 * .rerouted}, {@code .forwarded}, {@code .returnReceived}), so the aggregate cannot take those
 * steps in a test. Until it can, {@link Referral#refusedAndHandedOverAgain}, {@link
 * Referral#forwarded} and {@link Referral#sanctioned} write the referral's row and timeline as
 * {@code CaseReferral}'s steps leave them, right after it is stored; such a step is the referral's
 * last.
 */
public final class ReferralFixtures {

  private static final String OFFICER = "canbo.test";
  private static final String LIAISON = "daumoi.test";

  private final EntityManager entityManager;
  private final TransactionTemplate transactions;

  public ReferralFixtures(EntityManager entityManager, PlatformTransactionManager transactions) {
    this.entityManager = entityManager;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** A referral opened by QLTT team {@code team} of the Chi cục {@code subDepartment}. */
  public Referral openedBy(String team, String subDepartment) {
    return new Referral(team, subDepartment);
  }

  /** One referral being built; {@link #save()} stores it. */
  public final class Referral {

    private final CaseReferral referral;
    private final List<Patch> patches = new ArrayList<>();
    private LocalDate last;

    private Referral(String team, String subDepartment) {
      String code = "CHS-TK-" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
      this.referral =
          new CaseReferral(
              code,
              new Dossier(
                  "Kiểm tra kho hàng, phát hiện thuốc lá điếu nhập lậu.",
                  LocalDate.of(2026, 1, 5),
                  "Kho số 3",
                  "TNI",
                  false,
                  false,
                  OffenderKind.PERSON,
                  "Nguyễn Văn Bình",
                  null,
                  null,
                  "SMUGGLING",
                  "12.000 bao thuốc lá điếu",
                  1_250_000_000L,
                  "Trị giá hàng hóa trên 100 triệu đồng.",
                  FoundDuring.CONSIDERING_PENALTY),
              team,
              subDepartment,
              endOf(LocalDate.of(2026, 1, 6)),
              OFFICER,
              at(LocalDate.of(2026, 1, 5)));
    }

    /**
     * Routed to the police, reviewed, decided and handed over on {@code day}; its receipt is due by
     * the end of the next day.
     */
    public Referral handedOver(LocalDate day) {
      requireSteps();
      Instant at = at(day);
      referral.routed("PROVINCIAL_POLICE", "Điều 188 Bộ luật Hình sự", "CA-TEST", OFFICER, at);
      referral.confirmRouting("CA-TEST", false, null, OFFICER, at);
      referral.reviewed(true, null, OFFICER, at);
      referral.decideTransfer(true, null, OFFICER, at);
      return transferred(day);
    }

    /**
     * The receiving body refuses the dossier; the Chi cục re-routes it and sends it again, on
     * {@code day} (written as {@code refused}, {@code rerouted} and {@code transferred} leave it).
     */
    public Referral refusedAndHandedOverAgain(LocalDate day) {
      requireSteps();
      Instant at = at(day);
      patch(
          "update case_referral set status = 'TRANSFERRED', refusal_reason = ?, receiving_agency ="
              + " 'CA-TEST-2', routing_overridden = true, override_reason = ?, handover_number ="
              + " ?, handover_count = handover_count + 1, handed_over_on = ?, transferred_at = ?,"
              + " ack_due_at = ?, current_due_at = null where id = ?",
          "Không đúng thẩm quyền.",
          "Chuyển đơn vị có thẩm quyền.",
          referral.nextHandoverNumber(),
          day,
          at,
          endOf(day.plusDays(1)));
      event("RECEIPT_REFUSED", at, LIAISON, null);
      event("REROUTED", at, OFFICER, null);
      event("TRANSFERRED", at, OFFICER, day);
      return this;
    }

    private Referral transferred(LocalDate day) {
      referral.transferred(referral.nextHandoverNumber(), day, OFFICER, at(day));
      referral.acknowledgeDueAt(endOf(day.plusDays(1)));
      last = day;
      return this;
    }

    /**
     * The receiving body records the receipt on {@code receivedOn}; its decision is due by the end
     * of {@code decisionDueDay}.
     */
    public Referral received(LocalDate receivedOn, LocalDate decisionDueDay) {
      requireSteps();
      referral.acknowledged(receivedOn, endOf(decisionDueDay), null, LIAISON, at(receivedOn));
      last = receivedOn;
      return this;
    }

    /**
     * The decision clock extended by {@code months}, recorded on {@code on}, to {@code newDueDay}.
     */
    public Referral extended(int months, LocalDate on, LocalDate newDueDay) {
      requireSteps();
      referral.extend(
          months,
          "Cần giám định hàng hóa.",
          ApprovingBodyType.INVESTIGATION_BODY,
          "Thủ trưởng Cơ quan Cảnh sát điều tra",
          null,
          endOf(newDueDay),
          LIAISON,
          at(on));
      last = on;
      return this;
    }

    public Referral prosecuted(LocalDate on) {
      requireSteps();
      return decided(Outcome.PROSECUTED, on);
    }

    public Referral notProsecuted(LocalDate on) {
      requireSteps();
      return decided(Outcome.NOT_PROSECUTED, on);
    }

    private Referral decided(Outcome outcome, LocalDate on) {
      referral.decided(outcome, "01/QĐ-TEST", on, null, LIAISON, at(on));
      last = on;
      return this;
    }

    /** The prosecuted case's outcome is recorded on {@code on}: the referral closes. */
    public Referral concluded(LocalDate on) {
      requireSteps();
      referral.concluded(on, "Đã xét xử sơ thẩm.", OFFICER, at(on));
      last = on;
      return this;
    }

    /**
     * The receiving body forwards the case to another competent body on {@code on}, which has not
     * recorded its receipt (written as {@code forwarded} leaves it).
     */
    public Referral forwarded(LocalDate on) {
      requireSteps();
      Instant at = at(on);
      patch(
          "update case_referral set status = 'TRANSFERRED', receiving_agency = 'HQ-TEST',"
              + " handover_number = ?, handover_count = handover_count + 1, handed_over_on = ?,"
              + " transferred_at = ?, received_on = null, received_at = null, received_by = null,"
              + " decision_due_at = null, clock_started_on = null, current_due_at = null"
              + " where id = ?",
          referral.nextHandoverNumber(),
          on,
          at);
      event("FORWARDED", at, LIAISON, on);
      return this;
    }

    /** The dossier comes back on {@code on}. */
    public Referral returned(LocalDate on) {
      requireSteps();
      referral.returnDueAt(endOf(last.plusDays(3)));
      referral.returned(on, null, LIAISON, at(on));
      last = on;
      return this;
    }

    /**
     * QLTT confirms the return on {@code receivedOn} and sanctions on {@code decidedOn} (written as
     * {@code returnReceived} and {@code sanctioned} leave it).
     */
    public Referral sanctioned(LocalDate receivedOn, LocalDate decidedOn) {
      requireSteps();
      patch(
          "update case_referral set status = 'SANCTIONED', return_received_on = ?,"
              + " return_received_at = ?, return_received_by = ?, exhibits_complete = true,"
              + " verification_needed = false, sanction_due_at = ?, penalty_decision_number ="
              + " '15/QĐ-XPHC', penalty_decided_on = ?, closed_at = ?, current_due_at = null"
              + " where id = ?",
          receivedOn,
          at(receivedOn),
          OFFICER,
          endOf(receivedOn.plusDays(30)),
          decidedOn,
          at(decidedOn));
      event("RETURN_RECEIVED", at(receivedOn), OFFICER, receivedOn);
      event("SANCTIONED", at(decidedOn), OFFICER, decidedOn);
      return this;
    }

    /** Stores the referral with its timeline; returns its code. */
    public String save() {
      transactions.executeWithoutResult(
          status -> {
            entityManager.persist(referral);
            entityManager.flush();
            for (Patch patch : patches) {
              var query = entityManager.createNativeQuery(patch.sql());
              Object[] parameters = patch.parameters();
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              query.setParameter(parameters.length + 1, referral.getId());
              query.executeUpdate();
            }
          });
      return referral.getCode();
    }

    private void patch(String sql, Object... parameters) {
      patches.add(new Patch(sql, parameters));
    }

    /** A line of the referral's timeline. */
    private void event(String action, Instant at, String actor, LocalDate legalDate) {
      patches.add(
          legalDate == null
              ? new Patch(
                  "insert into case_referral_event (occurred_at, actor, action, referral_id)"
                      + " values (?, ?, ?, ?)",
                  new Object[] {at, actor, action})
              : new Patch(
                  "insert into case_referral_event (occurred_at, actor, action, legal_date,"
                      + " referral_id) values (?, ?, ?, ?, ?)",
                  new Object[] {at, actor, action, legalDate}));
    }

    /** The aggregate's own steps come first: after a written one it is out of date. */
    private void requireSteps() {
      if (!patches.isEmpty()) {
        throw new IllegalStateException("A written step must be the referral's last");
      }
    }
  }

  private record Patch(String sql, Object[] parameters) {}

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(Clocks.ZONE).toInstant();
  }

  private static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(Clocks.ZONE).toInstant();
  }
}
