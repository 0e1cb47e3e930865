package vn.phoihop.inforequest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A request as the REST API shows it. For a reader who may not see a restricted request's content,
 * {@code question}, {@code replyText} and {@code refusalReason} are {@code null} and {@code
 * contentWithheld} says why.
 */
@Schema(description = "A request for information between two parties of an agreement")
record InformationRequestView(
    Long id,
    @Schema(example = "YCTT-12") String code,
    String agreementCode,
    String requesterAgency,
    String requesterAgencyName,
    String receiverAgency,
    String receiverAgencyName,
    String subject,
    boolean restricted,
    @Schema(description = "true: the caller may not read the question and the replies")
        boolean contentWithheld,
    @Schema(description = "Why the content is withheld (Vietnamese), when it is")
        String contentWithheldReason,
    String question,
    RequestStatus status,
    String statusLabel,
    String replyText,
    String refusalReason,
    @Schema(description = "The date the receiver promised the rest of a partial reply")
        LocalDate restDueOn,
    @Schema(description = "When the open reply task is due; null once answered or refused")
        Instant dueAt,
    @Schema(description = "Items exchanged: the request and each reply") int exchanges,
    List<Item> items,
    String createdBy,
    Instant createdAt) {

  /** One item exchanged. */
  record Item(InformationExchange.Kind kind, String agencyCode, String actor, Instant at) {}

  static InformationRequestView of(
      InformationRequest r,
      boolean content,
      String withheldReason,
      Instant dueAt,
      UnaryOperator<String> agencyNames) {
    return new InformationRequestView(
        r.getId(),
        r.code(),
        r.getAgreementCode(),
        r.getRequesterAgency(),
        agencyNames.apply(r.getRequesterAgency()),
        r.getReceiverAgency(),
        agencyNames.apply(r.getReceiverAgency()),
        r.getSubject(),
        r.isRestricted(),
        !content,
        content ? null : withheldReason,
        content ? r.getQuestion() : null,
        r.getStatus(),
        r.getStatus().label(),
        content ? r.getReplyText() : null,
        content ? r.getRefusalReason() : null,
        r.getRestDueOn(),
        dueAt,
        r.getExchanges(),
        r.getItems().stream()
            .map(i -> new Item(i.getKind(), i.getAgencyCode(), i.getActor(), i.getOccurredAt()))
            .toList(),
        r.getCreatedBy(),
        r.getCreatedAt());
  }
}
