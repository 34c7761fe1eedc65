package dev.chorus.testing;

import java.util.Random;

/**
 * Clusters of near-identical vectors, as the embeddings of one line paraphrased across outlets are: a Gaussian centre
 * per cluster and Gaussian noise around it. Shared by the HNSW tests and the paraphrase-search benchmark.
 */
public final class ClusteredVectors {
  private ClusteredVectors() {}

  /** {@code clusters * perCluster} vectors of {@code dims} dimensions, cluster by cluster. */
  public static float[][] generate(Random r, int clusters, int perCluster, int dims, double noise) {
    float[][] out = new float[clusters * perCluster][dims];
    for (int c = 0; c < clusters; c++) {
      float[] centre = new float[dims];
      for (int d = 0; d < dims; d++) {
        centre[d] = (float) r.nextGaussian();
      }
      for (int k = 0; k < perCluster; k++) {
        for (int d = 0; d < dims; d++) {
          out[c * perCluster + k][d] = centre[d] + (float) (noise * r.nextGaussian());
        }
      }
    }
    return out;
  }
}
