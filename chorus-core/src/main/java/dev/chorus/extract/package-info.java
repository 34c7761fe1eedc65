/**
 * Main-text extraction from HTML: the page's text blocks, each kept as story or dropped with a reason, and the
 * page's metadata (title, byline, site, canonical URL, language, published and modified dates, each with where it
 * was found). {@link dev.chorus.extract.DensityMainTextExtractor} holds the cascade; its heuristics are data
 * ({@code boilerplate.txt}) and named constants; {@code bench/} measures it ({@code ExtractionBenchmark}) and gates
 * it ({@code ExtractionGateTest}). Requires {@link dev.chorus.pipeline.Capability#INGESTED}; provides
 * {@link dev.chorus.pipeline.Capability#MAIN_TEXT}.
 */
package dev.chorus.extract;
