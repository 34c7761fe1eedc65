/**
 * Runs an analysis end to end: resolve inputs, ingest them on one thread, push each article through the article
 * stages on a pool of workers, write results in atomic batches from one writer, then run the corpus stages.
 * Memory stays bounded: at most a few articles per worker are in flight.
 */
package dev.chorus.run;
