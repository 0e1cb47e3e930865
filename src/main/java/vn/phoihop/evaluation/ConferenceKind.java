package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/** The review conference that closes a half-year or a year of an agreement. */
public enum ConferenceKind {
  INTERIM(Texts.text("evaluation.conferenceKind.interim")),
  FINAL(Texts.text("evaluation.conferenceKind.final"));

  private final String label;

  ConferenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
