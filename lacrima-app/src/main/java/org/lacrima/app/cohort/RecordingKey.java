package org.lacrima.app.cohort;

import java.io.IOException;

/**
 * What identifies a recording's result: the hash of its content (with its events file) and the
 * fingerprint of the settings it is analysed with. Equal keys give equal results.
 *
 * @param contentHash  SHA-256 of the recording's content
 * @param settingsHash fingerprint of the settings
 * @param cacheKey     the two combined, with the events file's hash
 */
public record RecordingKey(String contentHash, String settingsHash, String cacheKey) {

    /** The key of {@code entry} under {@code settings}; reads every byte of the recording. */
    public static RecordingKey of(CohortEntry entry, CohortSettings settings) throws IOException {
        String contentHash = ContentHash.of(entry.recording());
        String eventsHash = entry.events().isPresent() ? ContentHash.of(entry.events().get()) : "";
        String settingsHash = settings.fingerprint(entry);
        return new RecordingKey(contentHash, settingsHash, ContentHash.ofText(contentHash + eventsHash + "/" + settingsHash));
    }

    /** One line that names the file (readers' messages already start with it), for a failure row. */
    public static String reason(java.nio.file.Path input, Throwable e) {
        String text = e instanceof OutOfMemoryError ? "too large to analyse in the available memory"
                : e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        text = text.lines().findFirst().orElse(text).strip();
        String fileName = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        return text.contains(fileName) ? text : fileName + ": " + text;
    }
}
