package dev.chorus.ingest;

/** An input, or one record of it, cannot be turned into an article; the message is shown to the user. */
public class UnreadableInputException extends Exception {
  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
