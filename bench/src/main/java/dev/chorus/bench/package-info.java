/**
 * Benchmarks and evaluations. Each class has a {@code main} that prints its figures (throughput, peak heap,
 * quality against the published scores) side by side in one run; {@code bench/run NAME} runs one. Results and
 * the commands that reproduce them are recorded in docs/benchmarks.md.
 */
package dev.chorus.bench;
