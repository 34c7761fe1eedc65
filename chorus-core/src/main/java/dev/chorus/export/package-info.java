/**
 * Exports a workspace: JSON in the documented contract (version {@value dev.chorus.export.JsonExporter#VERSION}),
 * and the same tables as CSV or Parquet. Files are written beside their target and moved into place, so an export
 * is never left half-written.
 */
package dev.chorus.export;
