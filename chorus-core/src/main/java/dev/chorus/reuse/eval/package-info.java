/** Evaluation helpers for reuse: reading the STS Benchmark and rank correlation, shared by tests and benchmarks. */
package dev.chorus.reuse.eval;
