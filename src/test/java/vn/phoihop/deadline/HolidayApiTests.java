package vn.phoihop.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * Administrators maintain the holiday calendar; everyone can read it; bad input changes nothing.
 */
@PhoiHopIntegrationTest
class HolidayApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired WorkingDayCalendar calendar;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void anyoneLoggedInReadsTheYearsHolidays() {
    JsonNode days =
        rest.withBasicAuth("canbo.qltttni", password)
            .getForObject("/api/v1/holidays?year=2026", JsonNode.class);
    assertThat(days.findValuesAsText("day")).contains("2026-02-16", "2026-02-20", "2026-04-27");
    assertThat(days.findValuesAsText("name")).contains("Tết Nguyên đán");
  }

  @Test
  void administratorAddsADayOffAndTheCalendarFollows() {
    LocalDate day = LocalDate.of(2027, 12, 29); // a Wednesday
    assertThat(calendar.isWorkingDay(day)).isTrue();
    ResponseEntity<JsonNode> put =
        put(
            "quantri",
            day,
            "{\"kind\":\"BRIDGE\",\"name\":\"Nghỉ hoán đổi thử nghiệm\",\"provisional\":true}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(put.getBody().get("updatedBy").asText()).isEqualTo("quantri");
    assertThat(calendar.isWorkingDay(day)).isFalse();

    rest.withBasicAuth("quantri", password).delete("/api/v1/holidays/" + day);
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @Test
  void staffCannotEditTheCalendar() {
    ResponseEntity<JsonNode> put =
        put(
            "canbo.qltttni",
            LocalDate.of(2027, 12, 30),
            "{\"kind\":\"HOLIDAY\",\"name\":\"Không được phép\"}");
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put.getBody().get("title").asText()).isEqualTo("Forbidden");
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 30))).isTrue();
  }

  @Test
  void invalidDayIsRefusedWithTheFieldNamedAndNothingChanges() {
    LocalDate wednesday = LocalDate.of(2027, 12, 22);
    ResponseEntity<JsonNode> missingName =
        put("quantri", wednesday, "{\"kind\":\"HOLIDAY\",\"name\":\" \"}");
    assertThat(missingName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingName.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(missingName.getBody().get("title").asText()).isEqualTo("Invalid input");
    assertThat(missingName.getBody().get("field").asText()).isEqualTo("name");
    assertThat(missingName.getBody().get("detail").asText()).contains("Nhập tên ngày nghỉ");

    ResponseEntity<JsonNode> swapOnWeekday =
        put("quantri", wednesday, "{\"kind\":\"SWAP_WORKDAY\",\"name\":\"Làm bù\"}");
    assertThat(swapOnWeekday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(swapOnWeekday.getBody().get("field").asText()).isEqualTo("kind");

    ResponseEntity<JsonNode> badDate =
        rest.withBasicAuth("quantri", password)
            .exchange(
                "/api/v1/holidays/2027-13-45",
                HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"x\"}"),
                JsonNode.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("field").asText()).isEqualTo("day");

    assertThat(calendar.isWorkingDay(wednesday)).isTrue();
  }

  @Test
  void deadlineArithmeticIsAvailableToUsers() {
    JsonNode due =
        rest.withBasicAuth("canbo.qltttni", password)
            .getForObject(
                "/api/v1/calendar/deadline?from=2026-02-10&duration=20&unit=CALENDAR_DAYS",
                JsonNode.class);
    assertThat(due.get("due").asText()).isEqualTo("2026-03-02");
  }

  private ResponseEntity<JsonNode> put(String user, LocalDate day, String body) {
    return rest.withBasicAuth(user, password)
        .exchange("/api/v1/holidays/" + day, HttpMethod.PUT, json(body), JsonNode.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
