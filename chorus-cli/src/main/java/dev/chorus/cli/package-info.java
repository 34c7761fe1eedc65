/** The {@code chorus} command line: picocli commands over the core pipeline, workspace and exporters. */
package dev.chorus.cli;
