package dev.chorus.export;

/** Output formats of {@code chorus export}. */
public enum ExportFormat {
  /** One JSON document in the export contract. */
  JSON,
  /** A directory with one CSV file per table. */
  CSV,
  /** A directory with one Parquet file per table. */
  PARQUET
}
