/**
 * Words of a text, shared by the stages that count or compare them: {@link dev.chorus.text.WordSplitter} (runs of
 * letters or digits), {@link dev.chorus.text.Words} (words and numbers with an English noun lemma),
 * {@link dev.chorus.text.StopWords} per language, and {@link dev.chorus.text.WordList}, which reads every word list
 * and table kept as data in {@code src/main/resources} (each file says where its words came from). No model types.
 */
package dev.chorus.text;
