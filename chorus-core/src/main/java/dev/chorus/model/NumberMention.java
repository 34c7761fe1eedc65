package dev.chorus.model;

/**
 * A number in the text with what it counts.
 *
 * @param span the number with its qualifier and counted noun phrase
 * @param text the number as written ("3,000", "3 thousand", "two")
 * @param value its value
 * @param qualifier a hedge before it ("about", "at least", "more than", "over", "nearly", "up to"), or null
 * @param counted the noun phrase it counts ("peacekeepers", "law enforcement officers"), or null
 * @param unit a unit or currency when the number is a measure ("percent", "$"), or null
 */
public record NumberMention(
    Span span, String text, double value, String qualifier, String counted, String unit) {}
