package dev.chorus.pipeline;

/** A corpus stage failed; the message names it, so a user knows which step a fault (a full disk…) stopped. */
public final class StageFailedException extends Exception {
  private final String stage;

  public StageFailedException(String stage, Throwable cause) {
    super("stage " + stage + " failed: " + cause.getMessage(), cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
