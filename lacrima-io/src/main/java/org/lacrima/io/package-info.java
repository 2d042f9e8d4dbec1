/**
 * Reading and writing recordings. {@link org.lacrima.io.RecordingReaders} is the entry point: it detects
 * the format ({@link org.lacrima.io.FormatDetector}), reads a whole file into a
 * {@link org.lacrima.io.ReadResult} (recording plus warnings) or opens a
 * {@link org.lacrima.io.RecordingStream} of chunks, and reports every unreadable input as a one-line
 * {@link org.lacrima.io.RecordingFormatException} naming the file.
 */
package org.lacrima.io;
