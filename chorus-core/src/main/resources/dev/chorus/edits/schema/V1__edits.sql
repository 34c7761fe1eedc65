-- Chorus workspace: edits between copies, what the second article of a reuse link changed relative to the first.
-- The edits stage replaces every row on each analysis, in one transaction. Spans: Java String (UTF-16) indexes into
-- articles.text, end exclusive; an empty span (start = end) marks where an added or dropped text would be.
-- IF NOT EXISTS: a workspace whose schema record predates the per-package versions reruns every script.
CREATE TABLE IF NOT EXISTS edits (
  edit_id   INTEGER PRIMARY KEY,        -- weightiest kind first, then link order, then along the first article
  link_id   INTEGER NOT NULL,           -- reuse_links.link_id
  kind      VARCHAR NOT NULL,           -- figure | attribution | negation | label | hedge | added | dropped | wording
  rank      INTEGER NOT NULL,           -- 1 = weightiest kind (figure), 8 = wording
  a_article VARCHAR NOT NULL,           -- the original: published first when the dates tell, else the link's a
  a_start   INTEGER NOT NULL,
  a_end     INTEGER NOT NULL,
  b_article VARCHAR NOT NULL,           -- the copy
  b_start   INTEGER NOT NULL,
  b_end     INTEGER NOT NULL,
  a_text    VARCHAR NOT NULL,
  b_text    VARCHAR NOT NULL
);
