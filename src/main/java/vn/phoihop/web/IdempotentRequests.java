package vn.phoihop.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;

/**
 * The {@code Idempotency-Key} request header of PhoiHop's creating requests: the same key, from the
 * same user, within {@code phoihop.idempotency.retention} (24 hours) gets the first answer again
 * (status, {@code Location}, body; header {@code Idempotent-Replayed: true}) and creates nothing;
 * the same key with another request (method, path or body) is refused with 409.
 *
 * <p>How two requests with one key at the same moment create one record: the key is inserted first,
 * in a transaction of its own, into {@code idempotency_key} whose unique constraint (user, key)
 * lets exactly one request in. That request creates its record and stores its answer in the key's
 * row in one transaction; the others wait for the answer (at most {@code concurrent-wait}, then
 * 409). A request that fails gives its key back (nothing was created, so the client may retry with
 * the same key); a key held by a request that never finished (its node stopped) is given to the
 * next request after {@code lease}. Expired keys are deleted when met and by {@link
 * IdempotencyCleanup}.
 */
@Component
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);
  private static final int MAX_KEY_LENGTH = 255;
  private static final long POLL_MILLIS = 100;

  private final JdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final IdempotencyProperties properties;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate requestTransaction;

  IdempotentRequests(
      JdbcTemplate jdbc,
      ObjectMapper objectMapper,
      IdempotencyProperties properties,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.requestTransaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Runs {@code create} once per key: without a key as it is; with one, the first time in one
   * transaction with storing its answer, later by answering that again.
   *
   * @param key the request's {@value #HEADER} header, or {@code null}
   * @param requestLine the method and path, e.g. {@code POST /api/v1/agreements}
   * @param request what the client asked for (the parsed body; for an upload, its name, type and
   *     hash): a repeat must ask for the same
   */
  public ResponseEntity<?> once(
      String key, String requestLine, Object request, Supplier<ResponseEntity<?>> create) {
    if (key == null) {
      return create.get();
    }
    String clientKey = checked(key);
    String userId = signedInUser();
    String hash = hash(requestLine, request);
    long deadline = System.currentTimeMillis() + properties.concurrentWait().toMillis();
    while (true) {
      Instant now = Clocks.now();
      Long id = claim(userId, clientKey, requestLine, hash, now);
      if (id != null) {
        return runAndRemember(id, create);
      }
      Row row = find(userId, clientKey);
      if (row == null) {
        // Given back or deleted meanwhile, or not yet visible: try again (within the wait).
        if (System.currentTimeMillis() > deadline) {
          throw conflict(Problems.text("idempotency.inProgress", HEADER));
        }
        sleep();
        continue;
      }
      if (!row.expiresAt().isAfter(now)) {
        ownTransaction.executeWithoutResult(
            tx -> jdbc.update("delete from idempotency_key where id = ?", row.id()));
        continue;
      }
      if (!row.requestHash().equals(hash)) {
        throw conflict(
            Problems.text(
                "idempotency.reused",
                HEADER,
                row.requestLine(),
                String.valueOf(properties.retention().toHours())));
      }
      if (row.done()) {
        log.info("{} by {}: answered again for {}", requestLine, userId, HEADER);
        return replay(row);
      }
      if (row.createdAt().plus(properties.lease()).isBefore(now)) {
        ownTransaction.executeWithoutResult(
            tx ->
                jdbc.update(
                    "delete from idempotency_key where id = ? and status = 'IN_PROGRESS'",
                    row.id()));
        continue;
      }
      if (System.currentTimeMillis() > deadline) {
        throw conflict(Problems.text("idempotency.inProgress", HEADER));
      }
      sleep();
    }
  }

  /** Deletes every expired key; returns how many. */
  public int deleteExpired() {
    return ownTransaction.execute(
        tx ->
            jdbc.update("delete from idempotency_key where expires_at <= ?", offset(Clocks.now())));
  }

  // ----------------------------------------------------------------------------------- steps

  /** Inserts the key in its own transaction; its id, or {@code null} when the key exists. */
  private Long claim(
      String userId, String clientKey, String requestLine, String hash, Instant now) {
    try {
      return ownTransaction.execute(
          tx -> {
            jdbc.update(
                "insert into idempotency_key (user_id, client_key, request_line, request_hash,"
                    + " status, created_at, expires_at) values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?)",
                userId,
                clientKey,
                requestLine,
                hash,
                offset(now),
                offset(now.plus(properties.retention())));
            return jdbc.queryForObject(
                "select id from idempotency_key where user_id = ? and client_key = ?",
                Long.class,
                userId,
                clientKey);
          });
    } catch (DuplicateKeyException | ConcurrencyFailureException e) {
      // The key exists, or another request is inserting it right now (H2 may report a lock).
      return null;
    }
  }

  /** Creates the record and stores the answer in one transaction; gives the key back on failure. */
  private ResponseEntity<?> runAndRemember(long id, Supplier<ResponseEntity<?>> create) {
    try {
      return requestTransaction.execute(
          tx -> {
            ResponseEntity<?> answer = create.get();
            URI location = answer.getHeaders().getLocation();
            jdbc.update(
                "update idempotency_key set status = 'DONE', response_status = ?,"
                    + " response_location = ?, response_body = ? where id = ?",
                answer.getStatusCode().value(),
                location == null ? null : location.toString(),
                json(answer.getBody()),
                id);
            return answer;
          });
    } catch (RuntimeException | Error e) {
      ownTransaction.executeWithoutResult(
          tx -> jdbc.update("delete from idempotency_key where id = ?", id));
      throw e;
    }
  }

  private ResponseEntity<?> replay(Row row) {
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(row.responseStatus()).header(REPLAYED_HEADER, "true");
    if (row.responseLocation() != null) {
      answer.location(URI.create(row.responseLocation()));
    }
    if (row.responseBody() == null) {
      return answer.build();
    }
    try {
      JsonNode body = objectMapper.readTree(row.responseBody());
      return answer.contentType(MediaType.APPLICATION_JSON).body(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored answer of key " + row.id() + " is not JSON", e);
    }
  }

  private record Row(
      long id,
      String requestLine,
      String requestHash,
      boolean done,
      Integer responseStatus,
      String responseLocation,
      String responseBody,
      Instant createdAt,
      Instant expiresAt) {}

  private Row find(String userId, String clientKey) {
    List<Row> rows =
        jdbc.query(
            "select id, request_line, request_hash, status, response_status, response_location,"
                + " response_body, created_at, expires_at from idempotency_key"
                + " where user_id = ? and client_key = ?",
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("request_line"),
                    rs.getString("request_hash"),
                    "DONE".equals(rs.getString("status")),
                    (Integer) rs.getObject("response_status", Integer.class),
                    rs.getString("response_location"),
                    rs.getString("response_body"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("expires_at", OffsetDateTime.class).toInstant()),
            userId,
            clientKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  // --------------------------------------------------------------------------------- helpers

  /** 1 to 255 visible ASCII characters (a UUID is the usual choice). */
  private static String checked(String key) {
    if (key.isEmpty()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw DomainException.invalid(
          HEADER, Problems.text("idempotency.format", HEADER, String.valueOf(MAX_KEY_LENGTH)));
    }
    return key;
  }

  private String hash(String requestLine, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(requestLine.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(objectMapper.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String json(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return objectMapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keys are per user: the same key from two users names two requests. */
  private static String signedInUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw DomainException.forbidden(Problems.text("status.401"));
    }
    return authentication.getName();
  }

  private static OffsetDateTime offset(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static DomainException conflict(String detail) {
    return new DomainException(DomainException.Kind.CONFLICT, HEADER, detail) {};
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + HEADER, e);
    }
  }
}
