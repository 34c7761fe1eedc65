package dev.chorus.framing;

import dev.chorus.model.Span;
import java.util.List;

/**
 * A word one source uses for an actor, or uses distinctively, with the evidence.
 *
 * @param kind {@code label} (a word from the actor-label list) or {@code distinctive} (any content word)
 * @param group the actor group of a label ("violent or criminal", "protesters", …), null for distinctive words
 * @param count times this source uses it in the story
 * @param others times the other sources of the story use it
 * @param z the weighted log-odds z-score of this source against the others: above 1.96, the source favours the
 *     word beyond chance (95 %); below −1.96, it avoids it
 */
public record FramingTerm(
    String story, String source, String kind, String term, String group, int count, int others, double z,
    List<Span> evidence) {}
