package vn.phoihop.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;

/**
 * The first codes of a year under concurrency, over HTTP: on 1 January (engine clock), 16
 * agreements and 16 referrals opened at the same moment all succeed with distinct, consecutive
 * codes. 2031 is a year no other test numbers in.
 */
@PhoiHopIntegrationTest
class YearlyCodesApiTests {

  private static final int EACH = 16;
  private static final ZonedDateTime NEW_YEAR =
      ZonedDateTime.of(2031, 1, 1, 0, 5, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  @BeforeEach
  void newYearsDay() {
    ClockUtil.setCurrentTime(Date.from(NEW_YEAR.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void sixteenAgreementsAndSixteenReferralsOpenedAtOnceGetTheYearsFirstCodes() throws Exception {
    List<Callable<Response>> requests = new ArrayList<>();
    for (int i = 1; i <= EACH; i++) {
      // One client address per request, as from 32 workstations: LoginThrottle counts logins under
      // way per address and refuses more than address-max-failures (20) of them from one address.
      requests.add(post("127.0.31." + i, "/api/v1/agreements", "canbo.qltttni", agreement(i)));
      requests.add(post("127.0.32." + i, "/api/v1/referrals", "canbo.qltttnid1", referral(i)));
    }

    List<Response> responses = allAtOnce(requests);

    List<String> agreementCodes = new ArrayList<>();
    List<String> referralCodes = new ArrayList<>();
    for (Response response : responses) {
      assertThat(response.status()).as("%s %s", response.path(), response.body()).isEqualTo(201);
      String code = json.readTree(response.body()).get("code").asText();
      (response.path().endsWith("/agreements") ? agreementCodes : referralCodes).add(code);
    }
    assertThat(agreementCodes).containsExactlyInAnyOrderElementsOf(expected("QC"));
    assertThat(referralCodes).containsExactlyInAnyOrderElementsOf(expected("CHS"));
    assertThat(
            jdbc.queryForList(
                "select code from agreement where code like 'QC-2031-%'", String.class))
        .containsExactlyInAnyOrderElementsOf(expected("QC"));
    assertThat(
            jdbc.queryForList(
                "select code from case_referral where code like 'CHS-2031-%'", String.class))
        .containsExactlyInAnyOrderElementsOf(expected("CHS"));
  }

  private static List<String> expected(String prefix) {
    return IntStream.rangeClosed(1, EACH)
        .mapToObj(n -> String.format("%s-2031-%04d", prefix, n))
        .toList();
  }

  private static List<Response> allAtOnce(List<Callable<Response>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch ready = new CountDownLatch(requests.size());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (Callable<Response> request : requests) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return request.call();
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : futures) {
        responses.add(future.get(180, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Response(String path, int status, String body) {}

  /**
   * A JSON POST as {@code user} from the loopback address {@code clientAddress} (Linux routes all
   * of 127/8 to the loopback interface). HTTP/1.0, so the body simply ends with the connection.
   */
  private Callable<Response> post(
      String clientAddress, String path, String user, Map<String, Object> body) throws Exception {
    byte[] content = json.writeValueAsBytes(body);
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    String head =
        "POST "
            + path
            + " HTTP/1.0\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Authorization: Basic "
            + credentials
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Accept: application/json\r\n"
            + "Content-Length: "
            + content.length
            + "\r\n\r\n";
    return () -> {
      try (Socket socket = new Socket()) {
        socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
        socket.setSoTimeout(180_000);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(content);
        out.flush();
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = Integer.parseInt(raw.split(" ", 3)[1]);
        return new Response(path, status, raw.substring(raw.indexOf("\r\n\r\n") + 4));
      }
    };
  }

  /** A valid agreement with a term in 2031. */
  private static Map<String, Object> agreement(int i) {
    Map<String, Object> body = TestRequests.agreement();
    body.put("title", "Quy chế phối hợp đầu năm 2031 số " + i);
    body.put("termStart", "2031-03-01");
    body.put("termEnd", "2033-12-31");
    return body;
  }

  /** A valid dossier, found a few days before the new year. */
  private static Map<String, Object> referral(int i) {
    Map<String, Object> d = TestRequests.dossier();
    d.put("caseSummary", "Kiểm tra xe tải tại trạm, phát hiện hàng hóa có dấu hiệu vi phạm " + i);
    d.put("foundOn", "2030-12-28");
    return d;
  }
}
