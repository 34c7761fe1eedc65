/**
 * The annotate stage: people, organisations and places (canonicalised across the corpus), quotes with their
 * speakers, time expressions on the calendar and numbers with what they count. An {@link
 * dev.chorus.annotate.NlpBackend} gives tokens and typed mentions; the rules here fix and complete them. Requires
 * clean text; provides {@link dev.chorus.pipeline.Capability#ANNOTATIONS}.
 */
package dev.chorus.annotate;
