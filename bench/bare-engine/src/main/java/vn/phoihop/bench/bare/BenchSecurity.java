package vn.phoihop.bench.bare;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic on /engine-rest (Camunda's own filter) and the benchmark's starter user: an ordinary
 * user with only the grants a start needs, as a least-privilege client would have. The
 * administrator (camunda.bpm.admin-user, for the webapps) would be checked the same way: in the
 * 7.24.0 AuthorizationManager, camunda-admin membership only matters to checkCamundaAdmin; a start's
 * checks query the authorization table for the user and its groups either way.
 */
@Configuration
class BenchSecurity {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuth() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setName("engine-rest-basic-auth");
    return registration;
  }

  /** Runs during context refresh, so the user exists before the web server answers health. */
  @Bean
  InitializingBean benchStarterUser(
      IdentityService identityService,
      AuthorizationService authorizationService,
      @Value("${bench.starter.id}") String id,
      @Value("${bench.starter.password}") String password) {
    return () -> {
      if (identityService.createUserQuery().userId(id).count() > 0) {
        return;
      }
      User user = identityService.newUser(id);
      user.setPassword(password);
      user.setFirstName("Bench");
      user.setLastName("Starter");
      identityService.saveUser(user);
      grant(authorizationService, id, Resources.PROCESS_DEFINITION, "coordination-agreement",
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(authorizationService, id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    };
  }

  private static void grant(
      AuthorizationService service, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    Authorization authorization = service.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    service.saveAuthorization(authorization);
  }
}
