package dev.chorus.pipeline;

import java.util.Set;

/** A step of the analysis. Implementations say what they need and what they add. */
public interface Stage {
  /** A short name for progress, timings and errors. */
  String name();

  Set<Capability> requires();

  Set<Capability> provides();
}
