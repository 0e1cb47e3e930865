package vn.phoihop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.phoihop.shared.Texts;

/**
 * Two chains. The API chain ({@code /api}, {@code /engine-rest}, {@code /actuator}) is stateless
 * HTTP Basic against the Camunda identity, and hands the user to the engine. The webapps ({@code
 * /camunda}) keep their own session login and CSRF protection; Spring Security only adds headers
 * there.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService,
      ObjectMapper objectMapper)
      throws Exception {
    // Path matchers, not MVC matchers: /engine-rest is Jersey's servlet, not Spring MVC's.
    http.securityMatcher(
            new OrRequestMatcher(path("/api/**"), path("/engine-rest/**"), path("/actuator/**")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        path("/actuator/health"),
                        path("/actuator/health/**"),
                        path("/actuator/info"))
                    .permitAll()
                    .requestMatchers(path("/actuator/**"))
                    .hasAnyAuthority("GROUP_manager", "GROUP_admin", "GROUP_camunda-admin")
                    .anyRequest()
                    .authenticated())
        // Its own manager without the global one as parent: with it, a provider manager asks the
        // parent again after a wrong password, and each wrong password was checked twice.
        .authenticationManager(new ProviderManager(provider))
        .httpBasic(
            basic ->
                basic.realmName("PhoiHop").authenticationEntryPoint(unauthorized(objectMapper)))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(unauthorized(objectMapper))
                    .accessDeniedHandler(denied(objectMapper)))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(
            new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
    // The Camunda webapps authenticate and protect against CSRF themselves.
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static AuthenticationEntryPoint unauthorized(ObjectMapper objectMapper) {
    return (request, response, e) -> {
      if (e instanceof LoginThrottledException throttled) {
        TooManyLoginAttempts.write(response, objectMapper, throttled.retryAfter());
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"PhoiHop\", charset=\"UTF-8\"");
      writeProblem(
          objectMapper,
          response,
          HttpStatus.UNAUTHORIZED,
          "Unauthorized",
          Texts.text("identity.loginRequired"));
    };
  }

  private static AccessDeniedHandler denied(ObjectMapper objectMapper) {
    return (request, response, e) ->
        writeProblem(
            objectMapper,
            response,
            HttpStatus.FORBIDDEN,
            "Forbidden",
            Texts.text("identity.forbidden"));
  }

  private static void writeProblem(
      ObjectMapper objectMapper,
      jakarta.servlet.http.HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail)
      throws java.io.IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
