/**
 * Stages and the pipeline that chains them. A stage declares what it requires and provides (open
 * {@link dev.chorus.pipeline.Capability} values); a {@link dev.chorus.pipeline.Pipeline} refuses at construction a
 * chain whose requirements are not met, rather than failing halfway through a corpus.
 *
 * <h2>Adding a stage</h2>
 * A finding is one package that owns its stage, its storage and its views. To add one:
 * <ol>
 *   <li>Write the stage: an {@link dev.chorus.pipeline.ArticleStage} (one article at a time, thread-safe) or a
 *       {@link dev.chorus.pipeline.CorpusStage} (the whole workspace, after every article stage). Declare every
 *       capability it reads in {@code requires()} and what it adds in {@code provides()}; a new capability is
 *       {@code Capability.of("NAME")}. A corpus stage writes its tables through
 *       {@link dev.chorus.store.Transactions#replace}, so a rerun replaces its results whole.</li>
 *   <li>Put its schema in the package's resources ({@code schema/V1__name.sql}; later changes are new scripts,
 *       never edits), its export array in an {@link dev.chorus.export.ExportSection} (evidence as
 *       {@code {"article","start","end"}} spans), its CSV/Parquet tables as queries.</li>
 *   <li>List them all in one {@link dev.chorus.pipeline.StageDescriptor} and register it with one line in
 *       {@code META-INF/services/dev.chorus.pipeline.StageDescriptor}. The pipeline, the workspace's migrations,
 *       the JSON, CSV and Parquet exports, and the web UI's and report's section lists are built from the
 *       descriptors ({@link dev.chorus.pipeline.StageCatalog}); a section without a view of its own is shown as a
 *       list of findings, each linked to its characters.</li>
 * </ol>
 * The package {@code dev.chorus.questions} in chorus-web's test tree is a whole example, tested through the
 * analysis, both exports and the UI.
 */
package dev.chorus.pipeline;
