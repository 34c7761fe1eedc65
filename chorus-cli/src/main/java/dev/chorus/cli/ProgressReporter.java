package dev.chorus.cli;

import dev.chorus.ingest.InputFile;
import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.run.AnalysisListener;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress over input bytes, with ETA. On a terminal the bar redraws in place; without one (CI,
 * pipes, logs) it prints a plain line every {@value #LOG_INTERVAL_MILLIS} ms instead of flooding with
 * carriage returns. Skips are printed as they happen.
 */
final class ProgressReporter implements AnalysisListener, AutoCloseable {
  static final int LOG_INTERVAL_MILLIS = 10_000;

  private final PrintStream err;
  private final boolean quiet;
  private final AtomicInteger articles = new AtomicInteger();
  private ProgressBar bar;

  ProgressReporter(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void inputsResolved(int files, long bytes) {
    if (quiet) {
      return;
    }
    ProgressBarBuilder b = new ProgressBarBuilder()
        .setTaskName("Analysing " + files + (files == 1 ? " file" : " files"))
        .setInitialMax(Math.max(bytes, 1))
        .setUnit(" KB", 1024)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII);
    if (System.console() == null) {
      b.setConsumer(new DelegatingProgressBarConsumer(err::println)).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
    }
    bar = b.build();
  }

  @Override
  public void fileDone(InputFile file, long bytes) {
    if (bar != null) {
      bar.stepBy(bytes);
    }
  }

  @Override
  public void articleStored(Article article) {
    int n = articles.incrementAndGet();
    if (bar != null) {
      bar.setExtraMessage(n + " articles");
    }
  }

  @Override
  public void skipped(SkippedInput skip) {
    if (!quiet) {
      synchronized (err) {
        err.println("skipped " + skip.input() + ": " + skip.reason());
      }
    }
  }

  /**
   * The byte bar is done once every article is stored; the corpus stages (stories, reuse, claims…) get a bar of
   * their own, a step a stage, without an ETA: their costs differ too much for one.
   */
  @Override
  public void corpusStageStarted(String name, int index, int count) {
    if (quiet) {
      return;
    }
    if (index == 1 || bar == null) {
      close();
      ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("Across articles").setInitialMax(count)
          .hideEta().setStyle(ProgressBarStyle.ASCII);
      if (System.console() == null) {
        b.setConsumer(new DelegatingProgressBarConsumer(err::println)).setUpdateIntervalMillis(LOG_INTERVAL_MILLIS);
      }
      bar = b.build();
    } else {
      bar.step();
    }
    bar.setExtraMessage(articles.get() + " articles; " + name);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
