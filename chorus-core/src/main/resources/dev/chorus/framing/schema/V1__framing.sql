-- Framing: per story and source, the actor labels used and the distinctive words, with their log-odds z-scores.
CREATE TABLE framing_terms (
  term_id     INTEGER PRIMARY KEY,
  story_id    VARCHAR NOT NULL,
  source      VARCHAR NOT NULL,          -- the outlet, else the article id
  kind        VARCHAR NOT NULL,          -- label | distinctive
  term        VARCHAR NOT NULL,          -- normalised: lower case, singular
  label_group VARCHAR,                   -- actor group of a label ("violent or criminal", "protesters", …)
  count       INTEGER NOT NULL,          -- uses by this source in the story
  others      INTEGER NOT NULL,          -- uses by the story's other sources
  z           DOUBLE NOT NULL            -- weighted log-odds z-score, this source against the others
);
CREATE TABLE framing_evidence (
  term_id    INTEGER NOT NULL,
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,           -- the word as written, into articles.text
  "end"      INTEGER NOT NULL
);
