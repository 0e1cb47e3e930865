package vn.phoihop.campaign;

/** The choices the campaign's routing forms offer, as the model's conditions spell them. */
final class Decisions {

  private Decisions() {}

  /** The recipient's leader on the prepared report. */
  enum Approval {
    APPROVE,
    RETURN
  }

  /** The requester on a submitted report. */
  enum Review {
    ACCEPT,
    RETURN
  }

  /** The requester once a deadline passed with reports missing. */
  enum FollowUp {
    REMIND,
    CLOSE
  }
}
