package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * Camunda's own per-account lock is off: wrong passwords through the engine API, past Camunda's
 * default limit of 10 (which would lock the account until an administrator unlocks it), leave the
 * administrator able to log in at once.
 */
@PhoiHopIntegrationTest
class LoginThrottleEngineLockTests {

  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  @Value("${phoihop.demo.password}")
  String password;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twentyWrongPasswordsDoNotLockTheAdministrator() {
    // The engine's clock stands still: any delay above zero would still be in force below.
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    for (int i = 0; i < 20; i++) {
      assertThat(identityService.checkPassword("quantri", "Wrong@Password" + i)).isFalse();
    }

    UserEntity user = quantri();
    assertThat(user.getAttempts()).as("the engine saw every failure").isEqualTo(20);
    assertThat(user.getLockExpirationTime()).isNotNull().isBeforeOrEqualTo(now);

    assertThat(identityService.checkPassword("quantri", password)).isTrue();
    assertThat(quantri().getAttempts()).isZero();
    assertThat(quantri().getLockExpirationTime()).isNull();
  }

  @Test
  void theEngineIsConfiguredNeverToLock() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
    assertThat(configuration.getLoginDelayMaxTime()).isZero();
    assertThat(configuration.getLoginDelayBase()).isZero();
    assertThat(configuration.getLoginDelayFactor()).isEqualTo(1);
  }

  private UserEntity quantri() {
    return (UserEntity) identityService.createUserQuery().userId("quantri").singleResult();
  }
}
