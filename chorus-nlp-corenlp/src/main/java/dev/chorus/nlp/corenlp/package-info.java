/**
 * Stanford CoreNLP as Chorus's {@link dev.chorus.annotate.NlpBackend}, and the provider that adds the annotate
 * stage to the standard pipeline when this module is on the classpath.
 */
package dev.chorus.nlp.corenlp;
