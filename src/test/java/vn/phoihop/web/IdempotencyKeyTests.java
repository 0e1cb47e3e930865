package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * {@code Idempotency-Key} on the creating requests: a repeat gets the first answer and creates
 * nothing, another request under the same key is a 409, parallel repeats create one record, and a
 * key is forgotten once expired or when its request failed.
 */
@PhoiHopIntegrationTest
class IdempotencyKeyTests {

  static final String STAFF = StrictInputTests.STAFF;
  static final String OFFICER = StrictInputTests.OFFICER;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdempotentRequests idempotentRequests;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void theSameKeyTwiceCreatesOneAgreementAndAnswersTheSame() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = StrictInputTests.agreementBody();

    ResponseEntity<JsonNode> first = post(STAFF, "/api/v1/agreements", body, key);
    ResponseEntity<JsonNode> second = post(STAFF, "/api/v1/agreements", body, key);

    assertThat(first.getStatusCode())
        .as(String.valueOf(first.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(second.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER)).isEqualTo("true");
    assertThat(first.getHeaders().getFirst(IdempotentRequests.REPLAYED_HEADER)).isNull();
    assertThat(agreementsTitled(body.get("title"))).isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherBodyIsAConflict() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = StrictInputTests.agreementBody();
    assertThat(post(STAFF, "/api/v1/agreements", body, key).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> other = StrictInputTests.agreementBody();
    ResponseEntity<JsonNode> conflict = post(STAFF, "/api/v1/agreements", other, key);

    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(conflict.getBody().get("title").asText()).isEqualTo("Conflict");
    assertThat(conflict.getBody().get("status").asInt()).isEqualTo(409);
    assertThat(conflict.getBody().get("field").asText()).isEqualTo(IdempotentRequests.HEADER);
    assertThat(conflict.getBody().get("detail").asText()).matches(StrictInputTests.VIETNAMESE);
    assertThat(agreementsTitled(other.get("title"))).isZero();
    assertThat(agreementsTitled(body.get("title"))).isEqualTo(1);
  }

  @Test
  void eightParallelRequestsWithOneKeyCreateOneAgreement() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = StrictInputTests.agreementBody();
    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return post(STAFF, "/api/v1/agreements", body, key);
                }));
      }
      start.countDown();
      List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
      for (Future<ResponseEntity<JsonNode>> answer : answers) {
        responses.add(answer.get(120, TimeUnit.SECONDS));
      }
      assertThat(responses)
          .allSatisfy(
              r ->
                  assertThat(r.getStatusCode())
                      .as(String.valueOf(r.getBody()))
                      .isEqualTo(HttpStatus.CREATED));
      assertThat(responses.stream().map(r -> r.getHeaders().getLocation()).distinct()).hasSize(1);
      assertThat(responses.stream().map(ResponseEntity::getBody).distinct()).hasSize(1);
      assertThat(
              responses.stream()
                  .filter(r -> r.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER))
                  .count())
          .isEqualTo(clients - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(agreementsTitled(body.get("title"))).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_key where client_key = ?", Integer.class, key))
        .isEqualTo(1);
  }

  @Test
  void theSameKeyTwiceOpensOneReferral() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> dossier = StrictInputTests.dossier();
    String offender = "Hộ kinh doanh " + UUID.randomUUID();
    dossier.put("offenderName", offender);

    ResponseEntity<JsonNode> first = post(OFFICER, "/api/v1/referrals", dossier, key);
    ResponseEntity<JsonNode> second = post(OFFICER, "/api/v1/referrals", dossier, key);

    assertThat(first.getStatusCode())
        .as(String.valueOf(first.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_referral where offender_name = ?",
                Integer.class,
                offender))
        .isEqualTo(1);
  }

  @Test
  void theSameKeyTwiceStoresOneDocument() {
    ResponseEntity<JsonNode> opened =
        post(OFFICER, "/api/v1/referrals", StrictInputTests.dossier(), null);
    String code = opened.getBody().get("code").asText();
    String key = UUID.randomUUID().toString();

    ResponseEntity<JsonNode> first = upload(code, "bien-ban.pdf", key);
    ResponseEntity<JsonNode> second = upload(code, "bien-ban.pdf", key);
    ResponseEntity<JsonNode> otherFile = upload(code, "bien-ban-2.pdf", key);

    assertThat(first.getStatusCode())
        .as(String.valueOf(first.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(otherFile.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_referral_document d join case_referral r"
                    + " on r.id = d.referral_id where r.code = ?",
                Integer.class,
                code))
        .isEqualTo(1);
  }

  @Test
  void aRefusedRequestGivesItsKeyBack() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = StrictInputTests.agreementBody();
    Map<String, Object> wrong = new java.util.LinkedHashMap<>(body);
    wrong.put("kind", "regulation");
    assertThat(post(STAFF, "/api/v1/agreements", wrong, key).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<JsonNode> corrected = post(STAFF, "/api/v1/agreements", body, key);

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(corrected.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER)).isFalse();
    assertThat(agreementsTitled(body.get("title"))).isEqualTo(1);
  }

  @Test
  void anExpiredKeyIsForgotten() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = StrictInputTests.agreementBody();
    assertThat(post(STAFF, "/api/v1/agreements", body, key).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    jdbc.update(
        "update idempotency_key set expires_at = created_at - interval '1' hour where client_key = ?",
        key);

    ResponseEntity<JsonNode> again = post(STAFF, "/api/v1/agreements", body, key);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getHeaders().containsKey(IdempotentRequests.REPLAYED_HEADER)).isFalse();
    assertThat(agreementsTitled(body.get("title"))).isEqualTo(2);

    String expired = UUID.randomUUID().toString();
    assertThat(
            post(STAFF, "/api/v1/agreements", StrictInputTests.agreementBody(), expired)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    jdbc.update(
        "update idempotency_key set expires_at = created_at - interval '1' hour where client_key = ?",
        expired);
    assertThat(idempotentRequests.deleteExpired()).isPositive();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_key where client_key = ?",
                Integer.class,
                expired))
        .isZero();
  }

  @Test
  void aMalformedKeyIsRefused() {
    for (String key : List.of("with space", "x".repeat(256))) {
      ResponseEntity<JsonNode> refused =
          post(STAFF, "/api/v1/agreements", StrictInputTests.agreementBody(), key);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("field").asText()).isEqualTo(IdempotentRequests.HEADER);
    }
  }

  // --------------------------------------------------------------------------------- helpers

  private int agreementsTitled(Object title) {
    return jdbc.queryForObject(
        "select count(*) from agreement where title = ?", Integer.class, title);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      headers.set(IdempotentRequests.HEADER, key);
    }
    return rest.withBasicAuth(user, password)
        .postForEntity(
            path, new HttpEntity<>(StrictInputTests.json(body), headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> upload(String code, String fileName, String key) {
    String boundary = "phoihop-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(StrictInputTests.PDF);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
    headers.set(IdempotentRequests.HEADER, key);
    return rest.withBasicAuth(OFFICER, password)
        .postForEntity(
            "/api/v1/referrals/" + code + "/documents",
            new HttpEntity<>(out.toByteArray(), headers),
            JsonNode.class);
  }
}
