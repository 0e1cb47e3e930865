package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.agreement.AgreementViews.Related;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.DomainException;

/**
 * Situation 2's hierarchy (docs/domain.md#agreement-hierarchy): the regional regulation of Quảng
 * Ngãi and Gia Lai, and a plan of two Quảng Ngãi border teams under it. Who reads the plan from the
 * regulation and the regulation from the plan, and who still reads neither.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementHierarchyTests {

  @Autowired AgreementRepository agreements;
  @Autowired AgreementQueries queries;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transactions;

  String regulation;
  String plan;

  @BeforeAll
  void regulationAndPlanInForce() {
    long suffix = System.nanoTime() % 9000 + 1000;
    regulation = "QC-2098-" + suffix;
    plan = "KH-2098-" + suffix;
    transactions.executeWithoutResult(
        s -> {
          Agreement parent =
              inForce(
                  regulation,
                  AgreementKind.REGULATION,
                  null,
                  new String[][] {
                    {"QLTT-QNG", "Chi cục Quản lý thị trường tỉnh Quảng Ngãi", "QNG"},
                    {"QLTT-GLA", "Chi cục Quản lý thị trường tỉnh Gia Lai", "GLA"}
                  });
          inForce(
              plan,
              AgreementKind.PLAN,
              parent.getId(),
              new String[][] {
                {"QLTT-QNG-D2", "Đội Quản lý thị trường số 2 (biên giới)", "QNG"},
                {"QLTT-QNG-D1", "Đội Quản lý thị trường số 1", "QNG"}
              });
        });
  }

  @Test
  void thePlansTeamsReadTheirParentRegulation() {
    AgreementViews.Detail fromPlan = queries.detail(plan, user("canbo.qlttqngd2"));
    assertThat(fromPlan.parent()).extracting(Related::code).isEqualTo(regulation);
    AgreementViews.Detail parent = queries.detail(regulation, user("canbo.qlttqngd2"));
    assertThat(parent.code()).isEqualTo(regulation);
    assertThat(parent.subPlans()).extracting(Related::code).containsExactly(plan);
  }

  @Test
  void theTeamsChiCucAndTheRegulationsLeadersReadThePlanFromTheRegulation() {
    // the teams' own Chi cục, party to the regulation: its staff too
    assertThat(queries.detail(regulation, user("canbo.qlttqng")).subPlans())
        .extracting(Related::code)
        .containsExactly(plan);
    assertThat(queries.detail(plan, user("canbo.qlttqng")).code()).isEqualTo(plan);
    // the other party's leader reads it; its staff does not
    assertThat(queries.detail(regulation, user("lanhdao.qlttgla")).subPlans())
        .extracting(Related::code)
        .containsExactly(plan);
    assertThat(queries.detail(regulation, user("canbo.qlttgla")).subPlans()).isEmpty();
    assertNotFound(plan, "canbo.qlttgla");
  }

  @Test
  void nobodyElseReadsEither() {
    // a party of neither, and a leader of an agency outside the regulation
    assertNotFound(plan, "canbo.qltttni");
    assertNotFound(regulation, "canbo.qltttni");
    assertNotFound(plan, "lanhdao.qltttni");
    // a Gia Lai border team is no party of the plan: it does not read the regulation through it
    assertNotFound(regulation, "canbo.qlttglad4");
  }

  private void assertNotFound(String code, String userId) {
    assertThatThrownBy(() -> queries.detail(code, user(userId)))
        .as("%s reads %s", userId, code)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  private Agreement inForce(String code, AgreementKind kind, Long parentId, String[][] parties) {
    Instant now = Instant.now();
    Agreement agreement =
        new Agreement(
            code,
            kind,
            "Phối hợp kiểm soát thị trường vùng giáp ranh " + code,
            "Trao đổi thông tin về đối tượng tái phạm, thời gian và địa điểm giao nhận hàng.",
            ApprovalPath.CO_SIGNED,
            parties[0][0],
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31),
            EvaluationCadence.HALF_YEARLY,
            parentId,
            Set.of(),
            "test",
            now);
    for (int i = 0; i < parties.length; i++) {
      agreement.addParty(
          parties[i][0], parties[i][1], parties[i][2], i == 0 ? PartyRole.LEAD : PartyRole.PARTNER);
    }
    agreement.moveTo(AgreementStatus.IN_FORCE, now);
    return agreements.save(agreement);
  }

  private PhoiHopUser user(String userId) {
    List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
    String agency =
        groups.stream()
            .filter(g -> Groups.TYPE_AGENCY.equals(g.getType()))
            .map(Group::getId)
            .findFirst()
            .orElseThrow();
    return new PhoiHopUser(userId, groups.stream().map(Group::getId).toList(), agency);
  }
}
