package dev.chorus.model;

/** The kinds of named entity Chorus keeps: people, organisations and places. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
