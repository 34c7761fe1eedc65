/**
 * Stories: a mixed pile of articles split into groups that report the same event, from their content words
 * (TF-IDF vectors, cosine similarity, greedy average linkage), so that talking points and claims are compared
 * within one story only. {@link dev.chorus.stories.StoryClusterer} is a pure function;
 * {@link dev.chorus.stories.StoriesStage} runs it over a workspace and provides
 * {@link dev.chorus.pipeline.Capability#STORIES}.
 */
package dev.chorus.stories;
