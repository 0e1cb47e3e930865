package vn.phoihop.inforequest;

import vn.phoihop.shared.Texts;

/** How the receiver answers a request. */
enum ReplyKind {
  FULL("inforequest.replyKind.full"),
  PARTIAL("inforequest.replyKind.partial"),
  REFUSED("inforequest.replyKind.refused");

  private final String key;

  ReplyKind(String key) {
    this.key = key;
  }

  String label() {
    return Texts.text(key);
  }
}
