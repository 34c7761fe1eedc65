/**
 * Cleaning: drops crawl residue (cookie banners, ad-blocker pleas, widgets, captions, teasers…) line by line and
 * records every removal with its reason, keeping an {@link dev.chorus.model.OffsetMap} from the cleaned text back
 * to the original. The heuristics are data: {@code residue-patterns.tsv} beside this package.
 * Requires {@link dev.chorus.pipeline.Capability#MAIN_TEXT}; provides {@link dev.chorus.pipeline.Capability#CLEAN_TEXT}.
 */
package dev.chorus.clean;
