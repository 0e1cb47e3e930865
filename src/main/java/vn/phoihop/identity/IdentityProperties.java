package vn.phoihop.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo demo users: only when {@code phoihop.demo.enabled} (embedded default, never in the
 *     postgres profile)
 * @param admin an administrator created at startup when both id and password are set
 */
@ConfigurationProperties("phoihop")
record IdentityProperties(Demo demo, Admin admin) {

  IdentityProperties {
    demo = demo == null ? new Demo(false, null, null, null) : demo;
    admin = admin == null ? new Admin(null, null, null) : admin;
  }

  /**
   * @param agencies agencies that get demo users (docs/demo-identities.md)
   * @param emailDomain domain of the demo users' e-mail addresses
   */
  record Demo(boolean enabled, String password, List<String> agencies, String emailDomain) {
    Demo {
      agencies = agencies == null ? List.of() : List.copyOf(agencies);
      emailDomain = emailDomain == null || emailDomain.isBlank() ? "demo.phoihop.vn" : emailDomain;
    }
  }

  record Admin(String userId, String password, String email) {
    boolean configured() {
      return userId != null && !userId.isBlank() && password != null && !password.isBlank();
    }
  }
}
