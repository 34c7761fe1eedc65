-- Chorus workspace: the story (articles about one event) of each article. The stories stage replaces every row on
-- each analysis, in one transaction; talking points and claim comparisons stay within one story.
CREATE TABLE stories (
  article_id VARCHAR PRIMARY KEY,
  story_id   VARCHAR NOT NULL,          -- story-1, story-2, … largest story first
  label      VARCHAR NOT NULL           -- the story's most distinctive words, space-separated
);
