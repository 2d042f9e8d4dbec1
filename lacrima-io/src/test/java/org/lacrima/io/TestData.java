package org.lacrima.io;

import java.nio.file.Path;

/** Locates the shared real recordings (Surefire sets {@code lacrima.data.dir}). */
public final class TestData {
    private TestData() {
    }

    /** {@code relative} inside the shared data folder. */
    public static Path file(String relative) {
        String dir = System.getProperty("lacrima.data.dir", "../../shared/data");
        return Path.of(dir).resolve(relative);
    }
}
