/**
 * Claims, agreements, conflicts and the timeline. Numbers become {@link dev.chorus.claims.Claim}s (figure, hedge
 * interval, what is counted, predicate, speaker, time) by general rules and a small vocabulary held as data; claims
 * about the same quantity are compared across articles ({@link dev.chorus.claims.ClaimComparer}); dated sentences
 * make the timeline ({@link dev.chorus.claims.TimelineBuilder}). Pure logic lives apart from the corpus stage
 * ({@link dev.chorus.claims.ClaimsStage}), which reads the annotate stage's tables and writes its own. Requires
 * {@link dev.chorus.pipeline.Capability#ANNOTATIONS}; provides {@link dev.chorus.pipeline.Capability#CLAIMS}.
 */
package dev.chorus.claims;

import dev.chorus.timeline.TimelineBuilder;

