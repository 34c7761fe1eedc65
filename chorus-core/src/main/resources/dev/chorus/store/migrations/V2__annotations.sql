-- Chorus workspace, schema version 2: what the annotate stage found. Spans index articles.text (Java String
-- indexes, end exclusive), like every span of version 1.
CREATE TABLE mentions (
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       VARCHAR NOT NULL,          -- as written, titles and possessives included
  type       VARCHAR NOT NULL           -- PERSON | ORGANIZATION | LOCATION
);
CREATE TABLE entities (
  id            VARCHAR PRIMARY KEY,    -- type:slug-of-name, e.g. person:kassym-jomart-tokayev
  name          VARCHAR NOT NULL,       -- fullest form
  type          VARCHAR NOT NULL,
  mention_count INTEGER NOT NULL
);
CREATE TABLE entity_mentions (          -- which entity each mention is; rewritten for the whole corpus
  entity_id  VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL
);
CREATE TABLE entity_aliases (
  entity_id VARCHAR NOT NULL,
  alias     VARCHAR NOT NULL            -- another form of the name, titles and possessives stripped
);
CREATE TABLE quotes (
  article_id     VARCHAR NOT NULL,
  start          INTEGER NOT NULL,      -- the quoted words, without their marks
  "end"          INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  speaker        VARCHAR,               -- as the article names the speaker ("the foreign ministry")
  speaker_start  INTEGER,               -- the name the speaker stands for (a pronoun's antecedent)
  speaker_end    INTEGER,
  speaker_entity VARCHAR                -- entities.id of that name, set with the entities
);
CREATE TABLE scare_quotes (
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,          -- short quoted phrases that are not speech: a framing signal
  "end"      INTEGER NOT NULL,
  text       VARCHAR NOT NULL
);
CREATE TABLE time_expressions (
  article_id  VARCHAR NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text        VARCHAR NOT NULL,
  raw_value   VARCHAR NOT NULL,         -- before resolution: XXXX-01-02, NARRATIVE+1, REF-WEEK-1, …
  value       VARCHAR,                  -- ISO: 2022-01-02, 2022-01, 2022, 2022-W01, start/end; null if unresolved
  precision   VARCHAR NOT NULL,         -- DAY | WEEK | MONTH | YEAR | RANGE | UNRESOLVED
  range_start DATE,                     -- first day covered
  range_end   DATE,                     -- last day covered
  reference   VARCHAR NOT NULL          -- published | inferred
);
CREATE TABLE numbers (
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,          -- qualifier, number and counted noun phrase
  "end"      INTEGER NOT NULL,
  text       VARCHAR NOT NULL,          -- the number as written
  value      DOUBLE NOT NULL,
  qualifier  VARCHAR,                   -- about | at least | more than | over | nearly | up to | …
  counted    VARCHAR,                   -- the noun phrase counted ("law enforcement officers")
  unit       VARCHAR
);
