package dev.chorus.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ChorusCommand.class.getPackage().getImplementationVersion();
    return new String[] {"chorus " + (v == null ? "development" : v)};
  }
}
