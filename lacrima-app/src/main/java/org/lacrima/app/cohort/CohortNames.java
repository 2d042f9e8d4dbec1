package org.lacrima.app.cohort;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Gives each recording of a cohort a unique, file-name-safe name: {@code SUBJECT_SESSION}, or the subject and file stem. */
final class CohortNames {
    private final Set<String> used = new HashSet<>();

    String unique(String subject, String session, Path recording) {
        return unique(subject, session, recording.getFileName().toString());
    }

    /** @param fileName the recording's file (or folder) name */
    String unique(String subject, String session, String fileName) {
        String stem = fileName;
        int dot = stem.lastIndexOf('.');
        stem = dot > 0 ? stem.substring(0, dot) : stem;
        String base = safe(subject + "_" + (session.isEmpty() ? stem : session));
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "-" + k;
        }
        return name;
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
