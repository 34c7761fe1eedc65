package dev.chorus.store;

/** The workspace cannot be opened, read or written; the message says which and why. */
public final class WorkspaceException extends RuntimeException {
  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
