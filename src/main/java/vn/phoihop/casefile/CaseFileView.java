package vn.phoihop.casefile;

import java.util.List;
import java.util.Map;

/**
 * What the case file tab shows, as JSON: a heading, sections of labelled values, texts and entries
 * (a version with its changes, a comment, a report), and — for a referral — its documents. Every
 * label is Vietnamese and comes from {@code i18n/casefile.properties}; the frontend only lays it
 * out, so it holds no text of its own beyond the tab's name.
 */
record CaseFileView(
    String kind,
    String code,
    String heading,
    List<Section> sections,
    Documents documents,
    Map<String, String> labels) {

  /**
   * A part of the case file; {@code fields}, {@code text} and {@code entries} may each be empty.
   */
  record Section(String id, String title, List<Field> fields, String text, List<Entry> entries) {}

  record Field(String label, String value) {}

  /** One version, comment, signature, report or event. */
  record Entry(String title, List<Field> fields, String text, List<DiffLine> diff) {}

  /** A line of a version's changes: {@code SAME}, {@code ADDED} or {@code REMOVED}. */
  record DiffLine(String change, String text) {}

  /** A referral's documents; {@code uploadPath} only for those who may upload now. */
  record Documents(String title, List<DocumentItem> items, String uploadPath, String hint) {}

  record DocumentItem(
      long id,
      String fileName,
      String kind,
      String size,
      String uploadedBy,
      String uploadedAt,
      String sha256,
      String downloadPath,
      String removePath) {}
}
