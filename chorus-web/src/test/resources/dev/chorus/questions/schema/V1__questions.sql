-- The example stage package's table: sentences that end in a question mark. Spans index articles.text.
CREATE TABLE questions (
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       VARCHAR NOT NULL
);
