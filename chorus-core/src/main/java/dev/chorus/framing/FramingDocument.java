package dev.chorus.framing;

/** What framing needs of one article: its id, its source (outlet, else the article id), its story and text. */
public record FramingDocument(String article, String source, String story, String text) {}
