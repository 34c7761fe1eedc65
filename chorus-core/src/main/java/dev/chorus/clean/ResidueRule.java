package dev.chorus.clean;

import java.util.regex.Pattern;

/**
 * One residue pattern.
 *
 * @param tail true when a match also drops every line after it (an end-of-article marker)
 */
public record ResidueRule(boolean tail, String reason, Pattern pattern, String origin) {
  public boolean matches(String trimmedLine) {
    return pattern.matcher(trimmedLine).matches();
  }
}
