package vn.phoihop.agreement;

/**
 * Something a feature built on an agreement did that belongs on the agreement's timeline (an
 * information request between two parties, a reply to it). Published as a Spring application event
 * by that feature, inside its transaction; the agreement records it ({@code
 * AgreementActivityRecorder}) without knowing the feature.
 *
 * @param agreementCode the agreement's code
 * @param kind what happened
 * @param actor the user who did it
 * @param agencyCode the party that acted
 * @param detail the Vietnamese sentence the timeline shows; it must hold nothing that the
 *     agreement's readers may not read (restricted content stays out)
 */
public record AgreementActivity(
    String agreementCode, Kind kind, String actor, String agencyCode, String detail) {

  /** The kinds of activity others may record. */
  public enum Kind {
    INFORMATION_REQUESTED,
    INFORMATION_REPLIED
  }
}
