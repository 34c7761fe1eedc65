package dev.chorus.pipeline;

import java.util.Set;

/** A step of the analysis. Implementations say what they need and what they add, once, in their {@link StageSpec}. */
public interface Stage {
  StageSpec spec();

  /** A short name for progress, timings and errors. */
  default String name() {
    return spec().name();
  }

  default Set<Capability> requires() {
    return spec().requires();
  }

  default Set<Capability> provides() {
    return spec().provides();
  }
}
