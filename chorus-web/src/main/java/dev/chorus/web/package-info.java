/**
 * The web UI and the self-contained HTML report. Both run the same page script over the same data (the JSON export),
 * which renders article text only through DOM text nodes, so hostile text cannot become markup. The server binds to
 * 127.0.0.1 and sends a strict Content-Security-Policy; the report carries one pinned to its own inline code.
 */
package dev.chorus.web;
