package vn.phoihop.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What changed between two versions of a text, line by line: the longest common subsequence of
 * their lines kept, the rest marked removed or added. Texts too long for the quadratic table are
 * shown as the one replaced by the other.
 */
final class LineDiff {

  /** Lines compared at most (old × new); an agreement's text has a few hundred. */
  private static final long MAX_CELLS = 4_000_000L;

  private LineDiff() {}

  enum Change {
    SAME,
    ADDED,
    REMOVED
  }

  record Line(Change change, String text) {}

  static List<Line> between(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    if ((long) a.size() * b.size() > MAX_CELLS) {
      List<Line> replaced = new ArrayList<>();
      a.forEach(line -> replaced.add(new Line(Change.REMOVED, line)));
      b.forEach(line -> replaced.add(new Line(Change.ADDED, line)));
      return replaced;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> diff = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        diff.add(new Line(Change.SAME, a.get(i)));
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        diff.add(new Line(Change.REMOVED, a.get(i++)));
      } else {
        diff.add(new Line(Change.ADDED, b.get(j++)));
      }
    }
    while (i < a.size()) {
      diff.add(new Line(Change.REMOVED, a.get(i++)));
    }
    while (j < b.size()) {
      diff.add(new Line(Change.ADDED, b.get(j++)));
    }
    return diff;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return Collections.emptyList();
    }
    return List.of(text.split("\\R", -1));
  }
}
