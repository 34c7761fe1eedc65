package dev.chorus.cli;

/** Process exit codes, documented in the README. */
public final class ExitCodes {
  /** Everything asked for was done. */
  public static final int OK = 0;
  /** The command failed (workspace unusable, output not writable, internal error). */
  public static final int FAILED = 1;
  /** Wrong usage: unknown option, missing argument. */
  public static final int USAGE = 2;
  /** The run completed, but some inputs were skipped; each is listed with its reason. */
  public static final int COMPLETED_WITH_SKIPS = 3;

  private ExitCodes() {}
}
