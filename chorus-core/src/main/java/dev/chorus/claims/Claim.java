package dev.chorus.claims;

import dev.chorus.model.Span;

/**
 * What an article states: a {@linkplain NumberClaim figure} (how many, and of what) or a {@linkplain DateClaim date}
 * it gives an event. Every claim has an id, its evidence and who asserts it; fields a kind of claim cannot have are
 * null.
 */
public sealed interface Claim permits NumberClaim, DateClaim {
  /** Stable id: {@code article#start}. */
  String id();

  /** The evidence: qualifier, number and counted noun phrase (for a date claim, the sentence). */
  Span span();

  /** The number as written ("3,000"), or the date expression. */
  String text();

  /** The hedge ("about", "more than"), or null. */
  String qualifier();

  /** The counted noun phrase as written, or null. */
  String counted();

  /** The unit or currency of a measure ("percent", "$"), or null. */
  String unit();

  /** What is counted, normalised through the vocabulary ("police"), or null when unknown. */
  String concept();

  /** What happened to them ("kill", "injure", "arrest", "send"), or null. */
  String predicate();

  /** Who did it, when the sentence names an actor before the predicate, or null. */
  String subject();

  /** Who asserts it: the speaker of a quote containing it, else the article's outlet, or null. */
  String speaker();

  /** The day the claim refers to (ISO), or null. */
  String time();

  /** What the claim is about; claims with the same key are compared; null when it cannot be compared. */
  String key();

  default String article() {
    return span().article();
  }
}
