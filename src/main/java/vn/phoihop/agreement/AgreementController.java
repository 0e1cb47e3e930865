package vn.phoihop.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.agreement.AgreementViews.Detail;
import vn.phoihop.agreement.AgreementViews.Page;
import vn.phoihop.agreement.AgreementViews.ReasonRequest;
import vn.phoihop.agreement.AgreementViews.Summary;
import vn.phoihop.agreement.AgreementViews.VersionText;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.web.IdempotentRequests;

/**
 * Coordination agreements over REST. Opening one starts its process; the steps themselves are user
 * tasks (Tasklist, or {@code /engine-rest/task/{id}/complete}). An agreement the caller may not see
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(
    name = "Thỏa thuận phối hợp",
    description = "Quy chế, kế hoạch phối hợp: đề xuất, tra cứu, sửa đổi, chấm dứt")
class AgreementController {

  private final AgreementOpening opening;
  private final PartyRequests requests;
  private final AgreementQueries queries;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotency;

  AgreementController(
      AgreementOpening opening,
      PartyRequests requests,
      AgreementQueries queries,
      CurrentUser currentUser,
      IdempotentRequests idempotency) {
    this.opening = opening;
    this.requests = requests;
    this.queries = queries;
    this.currentUser = currentUser;
    this.idempotency = idempotency;
  }

  @PostMapping
  @Operation(
      summary = "Đề xuất xây dựng thỏa thuận và khởi động quy trình",
      description =
          "Chỉ chuyên viên của cơ quan chủ trì (cơ quan chủ trì là đơn vị của người đề xuất; quản trị viên ghi rõ). "
              + "Dữ liệu sai trả 400 nêu tên trường (field) và không tạo gì.")
  @ApiResponse(
      responseCode = "201",
      description =
          "Đã tạo; quy trình chờ soạn thảo dự thảo. Gửi lại với cùng Idempotency-Key: cùng kết quả"
              + " (tiêu đề Idempotent-Replayed: true), không tạo thêm.",
      content = @Content(schema = @Schema(implementation = Detail.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Dữ liệu không hợp lệ",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "403",
      description = "Không phải chuyên viên của cơ quan chủ trì",
      content = @Content)
  @ApiResponse(
      responseCode = "409",
      description =
          "Idempotency-Key đã dùng cho một yêu cầu khác, hoặc yêu cầu cùng khóa đang được xử lý",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<?> create(
      @Parameter(description = IDEMPOTENCY_KEY)
          @RequestHeader(name = IdempotentRequests.HEADER, required = false)
          String idempotencyKey,
      @RequestBody AgreementRequest request) {
    var user = currentUser.get();
    return idempotency.once(
        idempotencyKey,
        "POST /api/v1/agreements",
        request,
        () -> {
          Agreement agreement = opening.create(request, user);
          return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.getCode()))
              .body(queries.detail(agreement.getCode(), user));
        });
  }

  static final String IDEMPOTENCY_KEY =
      "Khóa do máy khách tạo (ví dụ một UUID) để gửi lại an toàn: trong 24 giờ, cùng người dùng"
          + " và cùng khóa thì nhận lại kết quả lần đầu, không tạo bản ghi thứ hai; cùng khóa với"
          + " nội dung khác: 409.";

  @GetMapping
  @Operation(summary = "Danh sách thỏa thuận mà người dùng được xem, có lọc")
  Page<Summary> list(
      @Parameter(description = "Trạng thái") @RequestParam(required = false) AgreementStatus status,
      @Parameter(description = "Mã đơn vị là một bên") @RequestParam(required = false)
          String agency,
      @Parameter(description = "Mã lĩnh vực phối hợp") @RequestParam(required = false) String field,
      @Parameter(description = "true: chỉ thỏa thuận có công việc quá hạn; false: không có")
          @RequestParam(required = false)
          Boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return queries.list(
        new AgreementQueries.Filter(status, agency, field, overdue), page, size, currentUser.get());
  }

  @GetMapping("/{code}")
  @Operation(
      summary =
          "Chi tiết: các bên, phiên bản, ý kiến, chữ ký, văn bản, diễn biến, công việc đang mở")
  @ApiResponse(
      responseCode = "404",
      description = "Không có, hoặc đơn vị của người dùng không phải là một bên",
      content = @Content)
  Detail detail(@PathVariable String code) {
    return queries.detail(code, currentUser.get());
  }

  @GetMapping("/{code}/versions/{versionNo}")
  @Operation(summary = "Toàn văn một phiên bản")
  VersionText version(@PathVariable String code, @PathVariable int versionNo) {
    return queries.version(code, versionNo, currentUser.get());
  }

  @PostMapping("/{code}/amendment-requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Một bên đề nghị sửa đổi, bổ sung thỏa thuận đang có hiệu lực",
      description =
          "Người dùng của một bên; chuyển quy trình sang chu trình soạn thảo, duyệt và ký/ban hành sửa đổi.")
  @ApiResponse(
      responseCode = "409",
      description = "Thỏa thuận không ở trạng thái có hiệu lực",
      content = @Content)
  Detail requestAmendment(@PathVariable String code, @RequestBody ReasonRequest request) {
    var user = currentUser.get();
    requests.requestAmendment(code, request.reason(), user);
    return queries.detail(code, user);
  }

  @PostMapping("/{code}/termination")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Lãnh đạo một bên chấm dứt thỏa thuận đang có hiệu lực",
      description = "Lý do bắt buộc.")
  @ApiResponse(
      responseCode = "403",
      description = "Không phải lãnh đạo của một bên",
      content = @Content)
  @ApiResponse(
      responseCode = "409",
      description = "Thỏa thuận không ở trạng thái có hiệu lực",
      content = @Content)
  Detail terminate(@PathVariable String code, @RequestBody ReasonRequest request) {
    var user = currentUser.get();
    requests.requestTermination(code, request.reason(), user);
    return queries.detail(code, user);
  }
}
