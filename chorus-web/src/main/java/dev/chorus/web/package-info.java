/**
 * The web UI and the self-contained HTML report. Both run the same page scripts over the same answers: the server
 * computes them per request ({@link dev.chorus.web.OverviewBuilder}, {@link dev.chorus.web.FindingPages} over
 * {@link dev.chorus.web.WorkspaceData}), the report carries them precomputed by the same classes
 * ({@link dev.chorus.web.ReportData}). The page renders article text only through DOM text nodes, so hostile text
 * cannot become markup. The server binds to 127.0.0.1 and sends a strict Content-Security-Policy; the report
 * carries one pinned to its own inline code.
 *
 * <p>The page's scripts live in {@code static/js}, one file per view plus the shared parts (page building, the
 * data layer, evidence links, the view registry, the router), listed in load order in {@code static/scripts.txt}
 * and served (or inlined) as one script. The sections come from {@link dev.chorus.web.SectionCatalog} through the
 * overview; a view registers itself for its route and the sections it owns, and a section no view owns is shown
 * by the generic section view. Adding a view: a file in {@code static/js} that calls
 * {@code chorus.registry.register}, and its line in {@code scripts.txt}.
 */
package dev.chorus.web;
