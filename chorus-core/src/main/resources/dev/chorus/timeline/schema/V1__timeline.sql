-- Chorus workspace: the timeline, events on calendar dates with the sentences that report them. The timeline stage
-- replaces every row of these tables on each analysis, in one transaction. Spans: Java String (UTF-16) indexes into
-- articles.text, end exclusive. IF NOT EXISTS: workspaces of earlier versions created these tables with the claims.
CREATE TABLE IF NOT EXISTS timeline_events (
  event_id      INTEGER PRIMARY KEY,    -- in date order
  date          VARCHAR NOT NULL,       -- ISO date, month or start/end range
  precision     VARCHAR NOT NULL,       -- day | month | range
  first_day     DATE NOT NULL,
  summary       VARCHAR NOT NULL,
  summary_article VARCHAR NOT NULL,
  summary_start INTEGER NOT NULL,
  summary_end   INTEGER NOT NULL,
  articles      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS timeline_evidence (
  event_id   INTEGER NOT NULL,
  article_id VARCHAR NOT NULL,
  start      INTEGER NOT NULL,          -- the sentence reporting the event
  "end"      INTEGER NOT NULL,
  reported   DATE                       -- the report's date, kept apart from the event's
);
