package dev.chorus.annotate;

import dev.chorus.model.EntityType;
import dev.chorus.model.Span;
import java.util.List;

/**
 * One person, organisation or place across the corpus.
 *
 * @param id stable id from type and name ({@code person:kassym-jomart-tokayev})
 * @param name the fullest form ("Kassym-Jomart Tokayev", "Collective Security Treaty Organization")
 * @param aliases every other form it is written in, titles and possessives stripped
 * @param mentions every mention, in article and text order
 */
public record CanonicalEntity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions) {}
