package dev.chorus.run;

import dev.chorus.store.Workspace;
import java.io.IOException;
import java.util.Locale;

/**
 * A run that cannot go on: recorded as failed in the workspace, so its findings are flagged stale, and reported with
 * the fault a user can fix. Recording may fail in turn (a full disk fails every write after the first); that failure
 * is kept as suppressed, never in place of the real one.
 */
final class RunFailures {
  private RunFailures() {}

  /** Marks the run failed and returns the exception to throw: {@code e} itself, or a clearer one with it as cause. */
  static IOException markFailed(Workspace ws, int runId, Throwable e) {
    IOException out = explain(ws, e);
    try {
      ws.finishRun(runId, "failed", 0, 0);
    } catch (RuntimeException | Error bookkeeping) {
      out.addSuppressed(bookkeeping);
    }
    return out;
  }

  private static IOException explain(Workspace ws, Throwable e) {
    Throwable full = diskFull(e);
    if (full != null) {
      return new IOException("the disk holding " + ws.file() + " is full (" + full.getMessage() + "): free space and"
          + " run chorus analyze again; the articles stored before this are kept and the rest resume", e);
    }
    if (e instanceof OutOfMemoryError) {
      return new IOException("out of memory (" + e.getMessage() + "): give Chorus more heap, for example"
          + " CHORUS_JAVA_OPTS=-Xmx4g, and run chorus analyze again; the articles stored so far are kept", e);
    }
    return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
  }

  /** The error that says ENOSPC, as the JDK ("No space left on device") and DuckDB (which then invalidates the database) report it. */
  static Throwable diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("no space left on device") || m.contains("disk quota exceeded")) {
        return t;
      }
    }
    return null;
  }
}
