package dev.chorus.pipeline;

/** A pipeline was assembled with a stage before what it requires. */
public final class StageOrderException extends IllegalStateException {
  public StageOrderException(String message) {
    super(message);
  }
}
