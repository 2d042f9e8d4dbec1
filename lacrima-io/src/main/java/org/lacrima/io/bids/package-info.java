/**
 * BIDS (Brain Imaging Data Structure) output of physiological recordings: {@code *_physio.tsv.gz}
 * with its JSON sidecar and {@code *_events.tsv} with the recording's events and Lacrima's episodes,
 * following the specification's "Physiological recordings" and "Task events" sections.
 */
package org.lacrima.io.bids;
