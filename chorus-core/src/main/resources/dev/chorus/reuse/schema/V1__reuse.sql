-- Chorus workspace: reuse across articles. The reuse stage replaces every row of these tables on each analysis,
-- in one transaction. Spans: start/end are Java String (UTF-16) indexes into articles.text, end exclusive.
CREATE TABLE reuse_links (
  link_id INTEGER PRIMARY KEY,
  a       VARCHAR NOT NULL,             -- article id, a < b
  b       VARCHAR NOT NULL,
  kind    VARCHAR NOT NULL,             -- duplicate | verbatim | paraphrase
  score   DOUBLE NOT NULL,              -- duplicate: Jaccard; verbatim: coverage; paraphrase: share of sentences aligned
  earlier VARCHAR NOT NULL              -- id of the article published first, or 'undetermined'
);
CREATE TABLE reuse_passages (
  link_id    INTEGER NOT NULL,
  a_start    INTEGER NOT NULL,          -- into the text of article a ...
  a_end      INTEGER NOT NULL,
  b_start    INTEGER NOT NULL,          -- ... and of article b
  b_end      INTEGER NOT NULL,
  similarity DOUBLE NOT NULL
);
CREATE TABLE duplicate_clusters (
  cluster_id INTEGER NOT NULL,
  article_id VARCHAR NOT NULL
);
CREATE TABLE talking_points (
  tp_id         VARCHAR PRIMARY KEY,
  rank          INTEGER NOT NULL,       -- 1 = spans the most articles
  summary       VARCHAR NOT NULL,       -- the representative sentence
  summary_article VARCHAR NOT NULL,
  summary_start INTEGER NOT NULL,
  summary_end   INTEGER NOT NULL,
  articles      INTEGER NOT NULL,       -- distinct articles among the members
  first_article VARCHAR NOT NULL        -- id of the article that had it first, or 'undetermined'
);
CREATE TABLE talking_point_members (
  tp_id      VARCHAR NOT NULL,
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL
);
CREATE TABLE sentence_vectors (
  model     VARCHAR NOT NULL,           -- the encoder's name
  text_hash BIGINT NOT NULL,            -- 64-bit hash of the sentence text
  vector    BLOB NOT NULL               -- float32 little-endian, the encoder's dimension
);
