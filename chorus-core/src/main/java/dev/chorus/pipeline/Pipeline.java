package dev.chorus.pipeline;

import dev.chorus.model.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * An ordered chain of article stages followed by corpus stages. The chain is checked when it is built:
 * each stage's requirements must be provided by ingest or an earlier stage. A pipeline is itself an
 * article stage, so it can be nested, and it keeps the time spent in each stage.
 *
 * <p>Thread-safe once built.
 */
public final class Pipeline implements ArticleStage {
  private final List<ArticleStage> articleStages;
  private final List<CorpusStage> corpusStages;
  private final StageSpec spec;
  private final Set<Capability> providedWithCorpus;
  private final Map<String, AtomicLong> nanosByStage = new LinkedHashMap<>();

  private Pipeline(List<ArticleStage> articleStages, List<CorpusStage> corpusStages) {
    this.articleStages = List.copyOf(articleStages);
    this.corpusStages = List.copyOf(corpusStages);
    Set<Capability> have = new LinkedHashSet<>(Set.of(Capability.INGESTED));
    for (Stage stage : this.articleStages) {
      check(stage, have);
    }
    // what process() gives each article; the corpus stages' capabilities come only from runCorpusStages
    this.spec = StageSpec.of("pipeline").requires(Capability.INGESTED).provides(Set.copyOf(have));
    for (Stage stage : this.corpusStages) {
      check(stage, have);
    }
    this.providedWithCorpus = Set.copyOf(have);
    for (Stage s : this.articleStages) {
      nanosByStage.put(s.name(), new AtomicLong());
    }
    for (Stage s : this.corpusStages) {
      nanosByStage.put(s.name(), new AtomicLong());
    }
  }

  private static void check(Stage stage, Set<Capability> have) {
    for (Capability need : stage.requires()) {
      if (!have.contains(need)) {
        throw new StageOrderException("stage " + stage.name() + " requires " + need
            + ", which no earlier stage provides (have " + have + ")");
      }
    }
    have.addAll(stage.provides());
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public StageSpec spec() {
    return spec;
  }

  /** Everything the whole chain gives once {@link #runCorpusStages} has run too. */
  public Set<Capability> providesWithCorpusStages() {
    return providedWithCorpus;
  }

  public List<ArticleStage> articleStages() {
    return articleStages;
  }

  public List<CorpusStage> corpusStages() {
    return corpusStages;
  }

  @Override
  public Article process(Article article) {
    Article current = article;
    for (ArticleStage stage : articleStages) {
      long t0 = System.nanoTime();
      current = stage.process(current);
      nanosByStage.get(stage.name()).addAndGet(System.nanoTime() - t0);
    }
    return current;
  }

  /** Runs the corpus stages in order. */
  public void runCorpusStages(dev.chorus.store.Workspace workspace) throws Exception {
    runCorpusStages(workspace, (stage, index) -> { });
  }

  /** Runs the corpus stages in order, telling {@code starting} each stage and its place (from 1) before it runs. */
  public void runCorpusStages(dev.chorus.store.Workspace workspace, BiConsumer<String, Integer> starting)
      throws Exception {
    int index = 0;
    for (CorpusStage stage : corpusStages) {
      starting.accept(stage.name(), ++index);
      long t0 = System.nanoTime();
      try {
        stage.run(workspace);
      } catch (Exception | OutOfMemoryError e) {
        throw new StageFailedException(stage.name(), e);
      }
      nanosByStage.get(stage.name()).addAndGet(System.nanoTime() - t0);
    }
  }

  /** Milliseconds spent in each stage so far, in pipeline order (article stages summed over threads). */
  public Map<String, Long> timingsMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanosByStage.forEach((k, v) -> out.put(k, v.get() / 1_000_000));
    return out;
  }

  public static final class Builder {
    private final List<ArticleStage> articleStages = new ArrayList<>();
    private final List<CorpusStage> corpusStages = new ArrayList<>();

    public Builder add(ArticleStage stage) {
      if (!corpusStages.isEmpty()) {
        throw new StageOrderException("article stage " + stage.name() + " added after corpus stages");
      }
      articleStages.add(stage);
      return this;
    }

    public Builder add(CorpusStage stage) {
      corpusStages.add(stage);
      return this;
    }

    /**
     * Adds stages in an order that satisfies their requirements: stable (a stage keeps its place unless it needs
     * something a later one provides), so modules can contribute stages without knowing each other.
     */
    public Builder addAll(List<? extends Stage> stages) {
      Set<Capability> have = new LinkedHashSet<>(Set.of(Capability.INGESTED));
      for (Stage s : articleStages) {
        have.addAll(s.provides());
      }
      List<Stage> pending = new ArrayList<>(stages);
      pending.sort((a, b) -> Boolean.compare(a instanceof CorpusStage, b instanceof CorpusStage));
      while (!pending.isEmpty()) {
        Stage next = null;
        for (Stage s : pending) {
          if (have.containsAll(s.requires())) {
            next = s;
            break;
          }
        }
        if (next == null) {
          throw new StageOrderException("cannot order stages " + pending.stream().map(Stage::name).toList()
              + ": their requirements are not provided (have " + have + ")");
        }
        pending.remove(next);
        have.addAll(next.provides());
        if (next instanceof ArticleStage a) {
          add(a);
        } else if (next instanceof CorpusStage c) {
          add(c);
        } else {
          throw new IllegalArgumentException("stage " + next.name() + " is neither an article nor a corpus stage");
        }
      }
      return this;
    }

    /** Builds and checks the chain; throws {@link StageOrderException} when a requirement is unmet. */
    public Pipeline build() {
      return new Pipeline(articleStages, corpusStages);
    }
  }
}
