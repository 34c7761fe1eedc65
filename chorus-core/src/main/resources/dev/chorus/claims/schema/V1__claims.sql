-- Chorus workspace: claims and their comparison across articles. The claims stage replaces every
-- row of these tables on each analysis, in one transaction. Spans: Java String (UTF-16) indexes into
-- articles.text, end exclusive.
CREATE TABLE claims (
  claim_id       VARCHAR PRIMARY KEY,   -- article#start
  article_id     VARCHAR NOT NULL,
  start          INTEGER NOT NULL,      -- number claims: hedge, figure, counted noun phrase; date claims: the sentence
  "end"          INTEGER NOT NULL,
  kind           VARCHAR NOT NULL,      -- number | date
  text           VARCHAR NOT NULL,      -- the figure or the date expression as written
  value          DOUBLE,                -- the figure; null for a date claim
  low            DOUBLE,                -- values the hedge allows; null for a date claim
  low_inclusive  BOOLEAN,
  high           DOUBLE,                -- null when unbounded ("more than 700")
  high_inclusive BOOLEAN,
  qualifier      VARCHAR,               -- about | more than | at least | nearly | …
  counted        VARCHAR,               -- the counted noun phrase as written
  unit           VARCHAR,               -- percent, $, … for measures
  concept        VARCHAR,               -- what is counted, normalised ("police")
  predicate      VARCHAR,               -- kill | injure | arrest | send | …
  subject        VARCHAR,               -- who did it, when named before the predicate
  speaker        VARCHAR,               -- the quote's speaker, else the article's source
  time_ref       VARCHAR,               -- the day the figure refers to, when its sentence gives one
  key            VARCHAR,               -- concept|predicate, or date|shared words; null: not comparable
  date_value     VARCHAR                -- date claims: the ISO date or range given to the event
);
CREATE TABLE comparisons (
  comparison_id INTEGER PRIMARY KEY,    -- in report order: conflicts, agreements, compatible, single-source
  key           VARCHAR,
  verdict       VARCHAR NOT NULL,       -- agree | conflict | compatible | single-source
  rule          VARCHAR NOT NULL,       -- the rule that gave the verdict
  reason        VARCHAR NOT NULL
);
CREATE TABLE comparison_claims (
  comparison_id INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  claim_id      VARCHAR NOT NULL
);
