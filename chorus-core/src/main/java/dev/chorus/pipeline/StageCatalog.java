package dev.chorus.pipeline;

import dev.chorus.export.ExportSection;
import dev.chorus.run.AnalysisOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The {@link StageDescriptor}s on the classpath, and the central lists built from them. Descriptors are taken in
 * the order of their names, so every list comes out the same on every run whatever the classpath order.
 */
public final class StageCatalog {
  private static volatile StageCatalog installed;

  private final List<StageDescriptor> descriptors;

  public StageCatalog(List<StageDescriptor> descriptors) {
    List<StageDescriptor> sorted = new ArrayList<>(descriptors);
    sorted.sort(Comparator.comparing(StageDescriptor::name));
    Set<String> names = new HashSet<>();
    for (StageDescriptor d : sorted) {
      if (!names.add(d.name())) {
        throw new IllegalStateException("two stage descriptors are named " + d.name());
      }
    }
    this.descriptors = List.copyOf(sorted);
  }

  /** The descriptors registered in {@code META-INF/services}, loaded once. */
  public static StageCatalog installed() {
    StageCatalog c = installed;
    if (c == null) {
      synchronized (StageCatalog.class) {
        c = installed;
        if (c == null) {
          List<StageDescriptor> found = new ArrayList<>();
          ServiceLoader.load(StageDescriptor.class, StageCatalog.class.getClassLoader()).forEach(found::add);
          installed = c = new StageCatalog(found);
        }
      }
    }
    return c;
  }

  public List<StageDescriptor> descriptors() {
    return descriptors;
  }

  /** Every descriptor's stages, for {@link Pipeline.Builder#addAll} to order. */
  public List<Stage> stages(AnalysisOptions options) {
    List<Stage> out = new ArrayList<>();
    for (StageDescriptor d : descriptors) {
      out.addAll(d.stages(options));
    }
    return out;
  }

  public List<ExportSection> exportSections() {
    List<ExportSection> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (StageDescriptor d : descriptors) {
      for (ExportSection s : d.exportSections()) {
        if (!names.add(s.name())) {
          throw new IllegalStateException("two export sections are named " + s.name());
        }
        out.add(s);
      }
    }
    return out;
  }

  /** The names of the export's finding arrays, in export order. */
  public List<String> exportSectionNames() {
    return exportSections().stream().map(ExportSection::name).toList();
  }

  public List<StageDescriptor.Table> tables() {
    List<StageDescriptor.Table> out = new ArrayList<>();
    Set<String> files = new HashSet<>();
    for (StageDescriptor d : descriptors) {
      for (StageDescriptor.Table t : d.tables()) {
        if (!files.add(t.file())) {
          throw new IllegalStateException("two export tables are named " + t.file());
        }
        out.add(t);
      }
    }
    return out;
  }

  public List<StageDescriptor.View> views() {
    List<StageDescriptor.View> out = new ArrayList<>();
    for (StageDescriptor d : descriptors) {
      out.addAll(d.views());
    }
    return out;
  }

  /** The UI view of a section, or null. */
  public StageDescriptor.View view(String section) {
    for (StageDescriptor.View v : views()) {
      if (v.section().equals(section)) {
        return v;
      }
    }
    return null;
  }
}
