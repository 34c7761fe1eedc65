package dev.chorus.pipeline;

import java.util.Objects;
import java.util.Set;

/**
 * What a stage is called, what it reads and what it adds: the part of every stage that is data, kept in one value
 * so that a stage states it once ({@code StageSpec.of("name").requires(A, B).provides(C)}) and the pipeline checks
 * it when it is built.
 */
public record StageSpec(String name, Set<Capability> requires, Set<Capability> provides) {
  public StageSpec {
    Objects.requireNonNull(name, "name");
    requires = Set.copyOf(requires);
    provides = Set.copyOf(provides);
  }

  /** A stage that reads and adds nothing yet; chain {@link #requires} and {@link #provides}. */
  public static StageSpec of(String name) {
    return new StageSpec(name, Set.of(), Set.of());
  }

  public StageSpec requires(Capability... needs) {
    return new StageSpec(name, Set.of(needs), provides);
  }

  public StageSpec requires(Set<Capability> needs) {
    return new StageSpec(name, needs, provides);
  }

  public StageSpec provides(Capability... adds) {
    return new StageSpec(name, requires, Set.of(adds));
  }

  public StageSpec provides(Set<Capability> adds) {
    return new StageSpec(name, requires, adds);
  }
}
