-- Chorus workspace, schema version 1: articles, their original text, what cleaning removed, sentences,
-- the offset map from cleaned to original text, skipped inputs and runs.
-- Spans: start/end are Java String (UTF-16) indexes, end exclusive.
CREATE TABLE runs (
  run_id        INTEGER PRIMARY KEY,
  command       VARCHAR NOT NULL,
  started_at    TIMESTAMP NOT NULL,
  finished_at   TIMESTAMP,
  status        VARCHAR NOT NULL,      -- running | completed | completed_with_skips | failed
  articles_added INTEGER,
  inputs_skipped INTEGER
);
CREATE TABLE articles (
  id                 VARCHAR PRIMARY KEY,
  input              VARCHAR NOT NULL,  -- file, file#line or file#record it came from
  format             VARCHAR NOT NULL,  -- txt | html | jsonl | warc
  source             VARCHAR,           -- outlet
  title              VARCHAR,
  url                VARCHAR,
  published          DATE,
  published_source   VARCHAR,           -- manifest | jsonl | meta:<name> | json-ld | time
  published_inferred BOOLEAN NOT NULL,
  language           VARCHAR,           -- ISO 639-1
  text               VARCHAR NOT NULL,  -- cleaned text; every span indexes it
  content_hash       VARCHAR NOT NULL,
  duplicate_of       VARCHAR,           -- id of the first article with the same content, if any
  run_id             INTEGER NOT NULL,
  byline             VARCHAR,
  site_name          VARCHAR,           -- as the page names its site (source is the outlet given by the user)
  modified           DATE               -- last-modified date the page gives, kept apart from published
);
CREATE TABLE original_texts (
  article_id VARCHAR PRIMARY KEY,
  text       VARCHAR NOT NULL           -- the input's text (for HTML: every visible block, one per line)
);
CREATE TABLE offset_segments (
  article_id     VARCHAR NOT NULL,
  clean_start    INTEGER NOT NULL,      -- piece of articles.text starting here ...
  original_start INTEGER NOT NULL,      -- ... is original_texts.text starting here ...
  length         INTEGER NOT NULL       -- ... for this many characters
);
CREATE TABLE removed_spans (
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,          -- into original_texts.text
  "end"      INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  reason     VARCHAR NOT NULL
);
CREATE TABLE sentences (
  article_id VARCHAR NOT NULL,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,          -- into articles.text
  "end"      INTEGER NOT NULL,
  paragraph  INTEGER NOT NULL
);
CREATE TABLE skipped_inputs (
  input  VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  run_id INTEGER NOT NULL
);
