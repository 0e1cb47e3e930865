package vn.phoihop.bench.driver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load driver: requests are sent at a constant arrival rate whose start times are fixed
 * before the run (start i at t0 + i/rate), whether or not earlier requests have been answered, and
 * each latency is measured from the request's intended start time. A server that falls behind
 * therefore shows its queueing delay in the percentiles instead of slowing the driver down (no
 * coordinated omission).
 *
 * <p>Usage: {@code java -jar driver.jar --target phoihop|bare --base http://localhost:8080 --user U
 * --password P --rate 20 --seconds 30 --warmup-seconds 10 [--label L] [--out result.json]}
 */
public final class Driver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final String target;
  private final String base;
  private final String authorization;
  private final HttpClient client;
  private final AtomicLong sequence = new AtomicLong();
  private final String runId = Long.toString(System.currentTimeMillis(), 36);

  private Driver(String target, String base, String user, String password) {
    if (!target.equals("phoihop") && !target.equals("bare")) {
      throw new IllegalArgumentException("--target must be phoihop or bare, was " + target);
    }
    this.target = target;
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    ExecutorService executor = Executors.newFixedThreadPool(8, daemonThreads());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Driver driver =
        new Driver(
            required(options, "target"),
            required(options, "base"),
            required(options, "user"),
            required(options, "password"));
    double rate = Double.parseDouble(required(options, "rate"));
    double seconds = Double.parseDouble(options.getOrDefault("seconds", "30"));
    double warmup = Double.parseDouble(options.getOrDefault("warmup-seconds", "10"));
    String label = options.getOrDefault("label", driver.target);

    if (warmup > 0) {
      driver.run(rate, warmup);
    }
    Result result = driver.run(rate, seconds);
    ObjectNode json = result.toJson(label, driver.target, rate, seconds);
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    if (options.containsKey("out")) {
      Files.writeString(Path.of(options.get("out")), text + "\n");
    }
    System.out.println(JSON.writeValueAsString(json));
    System.exit(result.ok == 0 ? 1 : 0);
  }

  /** Sends {@code rate * seconds} starts on a fixed schedule and waits for every answer. */
  private Result run(double rate, double seconds) throws InterruptedException {
    int count = Math.max(1, (int) Math.round(rate * seconds));
    long periodNanos = (long) (1_000_000_000L / rate);
    Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(2), 3);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong lastAnswer = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(count);
    long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);

    for (int i = 0; i < count; i++) {
      long intended = t0 + i * periodNanos;
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      HttpRequest request = nextRequest();
      inFlight.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    long now = System.nanoTime();
                    lastAnswer.accumulateAndGet(now, Math::max);
                    if (failure == null && response.statusCode() / 100 == 2) {
                      recorder.recordValue(now - intended);
                      ok.incrementAndGet();
                    } else {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          null,
                          failure != null
                              ? failure.toString()
                              : response.statusCode() + " " + abbreviate(response.body()));
                    }
                  }));
    }
    long sentAt = System.nanoTime();
    for (CompletableFuture<?> future : inFlight) {
      try {
        future.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // counted in whenComplete (or the request timed out, which fails the future there too)
      }
    }
    Histogram histogram = recorder.getIntervalHistogram();
    double elapsed = (Math.max(lastAnswer.get(), sentAt) - t0) / 1e9;
    return new Result(count, ok.get(), errors.get(), elapsed, histogram, firstError.get());
  }

  private HttpRequest nextRequest() {
    long n = sequence.incrementAndGet();
    ObjectNode body = JSON.createObjectNode();
    String path;
    if (target.equals("phoihop")) {
      path = "/api/v1/agreements";
      body.put("title", "Quy chế phối hợp benchmark " + runId + "-" + n);
      body.put("kind", "REGULATION");
      body.put("approvalPath", "CO_SIGNED");
      body.putArray("partnerAgencies").add("SCT-TNI");
      body.putArray("fields").add("PETROLEUM").add("FOOD_SAFETY");
      body.put("termStart", "2026-03-01");
      body.put("termEnd", "2028-12-31");
      body.put("evaluationCadence", "QUARTERLY");
      body.put("summary", "Trao đổi thông tin, kiểm tra liên ngành.");
    } else {
      // The variables PhoiHop's AgreementSupport#startVariables sets, with the same types.
      path = "/engine-rest/process-definition/key/coordination-agreement/start";
      String code = "QC-BENCH-" + runId + "-" + n;
      body.put("businessKey", code);
      ObjectNode variables = body.putObject("variables");
      typed(variables, "agreementId", "Long").put("value", n);
      typed(variables, "agreementCode", "String").put("value", code);
      typed(variables, "caseTitle", "String").put("value", "Quy chế phối hợp benchmark " + code);
      typed(variables, "leadAgency", "String").put("value", "QLTT-TNI");
      jsonList(variables, "partnerAgencies", List.of("SCT-TNI"));
      jsonList(variables, "signingParties", List.of("QLTT-TNI", "SCT-TNI"));
      typed(variables, "approvalPath", "String").put("value", "CO_SIGNED");
    }
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static ObjectNode typed(ObjectNode variables, String name, String type) {
    ObjectNode variable = variables.putObject(name);
    variable.put("type", type);
    return variable;
  }

  /** A list stored as PhoiHop stores it: an Object value serialized as JSON by Spin. */
  private static void jsonList(ObjectNode variables, String name, List<String> values) {
    ObjectNode variable = typed(variables, name, "Object");
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    variable.put("value", array.toString());
    ObjectNode info = variable.putObject("valueInfo");
    info.put("objectTypeName", "java.util.ArrayList");
    info.put("serializationDataFormat", "application/json");
  }

  private record Result(
      int sent, int ok, int errors, double elapsedSeconds, Histogram latency, String firstError) {

    ObjectNode toJson(String label, String target, double rate, double seconds) {
      ObjectNode json = JSON.createObjectNode();
      json.put("label", label);
      json.put("target", target);
      json.put("rate", rate);
      json.put("seconds", seconds);
      json.put("sent", sent);
      json.put("ok", ok);
      json.put("errors", errors);
      json.put("achievedPerSecond", round(ok / elapsedSeconds));
      json.put("p50Ms", millis(latency.getValueAtPercentile(50)));
      json.put("p95Ms", millis(latency.getValueAtPercentile(95)));
      json.put("p99Ms", millis(latency.getValueAtPercentile(99)));
      json.put("maxMs", millis(latency.getMaxValue()));
      if (firstError != null) {
        json.put("firstError", firstError);
      }
      return json;
    }
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "driver-http");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Map<String, String> parse(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }
}
