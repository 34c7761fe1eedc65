/**
 * Language identification per article (Lingua over a configurable set of languages, models loaded lazily).
 * Requires {@link dev.chorus.pipeline.Capability#CLEAN_TEXT}; provides {@link dev.chorus.pipeline.Capability#LANGUAGE}.
 */
package dev.chorus.language;
