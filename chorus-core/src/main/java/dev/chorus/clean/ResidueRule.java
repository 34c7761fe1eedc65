package dev.chorus.clean;

import java.util.regex.Pattern;

/**
 * One residue pattern. A pattern written {@code .*X.*} ("the line contains X") is searched for as {@code X}:
 * the same lines match, without the backtracking the leading {@code .*} costs on every line of every article.
 * Immutable and thread-safe.
 */
public final class ResidueRule {
  private static final String CONTAINS = ".*";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final boolean tail;
  private final String reason;
  private final String origin;
  private final Pattern pattern;
  private final boolean contains;

  /**
   * @param tail true when a match also drops every line after it (an end-of-article marker)
   * @param regex matched against the whole trimmed line
   * @param origin where the pattern came from, for maintainers
   */
  public ResidueRule(boolean tail, String reason, String regex, String origin) {
    this.tail = tail;
    this.reason = reason;
    this.origin = origin;
    this.contains = regex.length() > 4 && regex.startsWith(CONTAINS) && regex.endsWith(CONTAINS);
    this.pattern = Pattern.compile(contains ? regex.substring(2, regex.length() - 2) : regex, FLAGS);
  }

  public boolean tail() {
    return tail;
  }

  public String reason() {
    return reason;
  }

  public String origin() {
    return origin;
  }

  public boolean matches(String trimmedLine) {
    return contains ? pattern.matcher(trimmedLine).find() : pattern.matcher(trimmedLine).matches();
  }
}
