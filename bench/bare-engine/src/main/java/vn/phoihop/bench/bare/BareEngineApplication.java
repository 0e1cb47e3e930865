package vn.phoihop.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare Camunda 7.24 starter the benchmarks compare PhoiHop with: webapps, REST, JPA, H2,
 * authorizations on, history full, PhoiHop's coordination-agreement model with no-op beans.
 */
@SpringBootApplication
public class BareEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareEngineApplication.class, args);
  }
}
