package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.reuse.Vectors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxSentenceEncoderTest {
  private static final OnnxSentenceEncoder ENCODER = OnnxSentenceEncoder.bundled();

  @Test
  void bundledModelIsLoadedOncePerJvm() {
    assertThat(OnnxSentenceEncoder.bundled()).isSameAs(ENCODER);
  }

  @Test
  void givesOneVectorOfTheModelsDimensionPerSentence() {
    float[][] v = ENCODER.encode(List.of("One sentence.", "Another one, a little longer than the first."));
    assertThat(ENCODER.dimension()).isEqualTo(384);
    assertThat(v).hasNumberOfRows(2);
    assertThat(v[0]).hasSize(384);
  }

  @Test
  void paraphraseScoresAboveUnrelatedSentence() {
    float[][] v = ENCODER.encode(List.of(
        "The police fight terrorists, not peaceful protesters.",
        "Law enforcement is confronting terrorists rather than peaceful demonstrators.",
        "Wheat prices slipped as the new harvest arrived."));
    assertThat(Vectors.cosine(v[0], v[1])).isGreaterThan(Vectors.cosine(v[0], v[2]) + 0.3);
  }

  @Test
  void blankAndHostileSentencesDoNotBreakTheBatch() {
    float[][] v = ENCODER.encode(List.of("", "   ", "\u0000\u202E\uD800", "x".repeat(50_000)));
    assertThat(v).hasNumberOfRows(4);
    assertThat(Vectors.dot(v[0], v[0])).isZero();
    assertThat(v[3]).hasSize(384);
    assertThat(ENCODER.encode(List.of())).isEmpty();
  }

  @Test
  void refusesAMissingUserModel() {
    assertThatThrownBy(() -> OnnxSentenceEncoder.fromFiles(Path.of("no-model.onnx"), Path.of("no-tokenizer.json")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
