/**
 * Live sessions: samples streamed while the session happens (a chest strap in the browser, a replayed
 * file, a lab bridge), kept durably as they arrive, analysed by the core's {@code LiveAnalyzer}, and
 * stored as an EDF+ recording when the session ends. The wire format is described in
 * {@code docs/live-protocol.md}.
 */
package org.lacrima.app.live;
