package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.reuse.ReuseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddingsDescriptorTest {
  @AfterEach
  void clear() {
    System.clearProperty("chorus.reuse.paraphrase-threshold");
    System.clearProperty("chorus.reuse.skip-same-source");
  }

  @Test
  void usesCalibratedDefaultsWithoutSettings() {
    assertThat(EmbeddingsDescriptor.config().paraphraseThreshold())
        .isEqualTo(ReuseConfig.DEFAULT_PARAPHRASE_THRESHOLD);
    assertThat(EmbeddingsDescriptor.config().skipSameSource()).isFalse();
  }

  @Test
  void readsThresholdAndSameSourceSettings() {
    System.setProperty("chorus.reuse.paraphrase-threshold", "0.8");
    System.setProperty("chorus.reuse.skip-same-source", "true");
    assertThat(EmbeddingsDescriptor.config().paraphraseThreshold()).isEqualTo(0.8);
    assertThat(EmbeddingsDescriptor.config().skipSameSource()).isTrue();
  }

  @Test
  void namesTheModelWithoutLoadingIt() {
    assertThat(new LazyEncoder(() -> {
      throw new AssertionError("loaded");
    }, "some-model").name()).isEqualTo("some-model");
    assertThat(OnnxSentenceEncoder.configuredName()).isEqualTo(OnnxSentenceEncoder.bundled().name());
  }

  @Test
  void refusesAThresholdOutsideTheCosineRange() {
    System.setProperty("chorus.reuse.paraphrase-threshold", "7");
    assertThatThrownBy(EmbeddingsDescriptor::config).isInstanceOf(IllegalArgumentException.class);
  }
}
