package dev.chorus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  record FakeStage(StageSpec spec) implements ArticleStage {
    @Override
    public Article process(Article article) {
      return article.withLanguage((article.language() == null ? "" : article.language() + ">") + spec.name());
    }
  }

  static FakeStage stage(String name, Capability need, Capability gives) {
    return new FakeStage(new StageSpec(name, need == null ? Set.of() : Set.of(need), Set.of(gives)));
  }

  @Test
  void refusesAStageBeforeWhatItRequires() {
    assertThatThrownBy(() -> Pipeline.builder().add(stage("sentences", Capability.CLEAN_TEXT, Capability.SENTENCES))
        .build()).isInstanceOf(StageOrderException.class).hasMessageContaining("sentences requires CLEAN_TEXT");
  }

  @Test
  void addAllOrdersStagesByTheirRequirements() {
    Pipeline p = Pipeline.builder().addAll(List.of(
        stage("sentences", Capability.CLEAN_TEXT, Capability.SENTENCES),
        stage("clean", Capability.MAIN_TEXT, Capability.CLEAN_TEXT),
        stage("extract", Capability.INGESTED, Capability.MAIN_TEXT))).build();
    assertThat(p.articleStages()).extracting(Stage::name).containsExactly("extract", "clean", "sentences");
    Article out = p.process(Article.ingested("x", "x", "txt", null, null, null, null, null, null, null, "t"));
    assertThat(out.language()).isEqualTo("extract>clean>sentences");
    assertThat(p.timingsMillis()).containsKeys("extract", "clean", "sentences");
  }

  @Test
  void addAllRefusesRequirementsNobodyProvides() {
    assertThatThrownBy(() -> Pipeline.builder().addAll(List.of(stage("x", Capability.LANGUAGE, Capability.SENTENCES))))
        .isInstanceOf(StageOrderException.class).hasMessageContaining("cannot order");
  }
}
