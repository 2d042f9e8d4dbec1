package org.lacrima.io.bids;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The BIDS entities that name a recording's files: {@code sub-<label>[_ses-<label>]_task-<label>}.
 * BIDS labels are alphanumeric only.
 *
 * @param subject subject label (a pseudonymous code, never a name)
 * @param session session label, if the subject has several sessions
 * @param task    task label, e.g. "therapy"
 */
public record BidsNames(String subject, Optional<String> session, String task) {
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9]+");
    /** The task label used when none is given. */
    public static final String DEFAULT_TASK = "therapy";

    public BidsNames {
        Objects.requireNonNull(session, "session");
        check("subject", subject);
        session.ifPresent(s -> check("session", s));
        check("task", task);
    }

    /**
     * A label made from free text (a subject code such as "C-012"): everything but letters and digits
     * dropped; empty if nothing is left.
     */
    public static String labelFrom(String text) {
        return text.replaceAll("[^a-zA-Z0-9]", "");
    }

    /** Whether {@code label} is a valid BIDS label. */
    public static boolean isLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    /** {@code sub-X[_ses-Y]_task-Z}. */
    String stem() {
        return "sub-" + subject + session.map(s -> "_ses-" + s).orElse("") + "_task-" + task;
    }

    /** The folder of the files, relative to the dataset root: {@code sub-X/[ses-Y/]beh}. */
    String folder() {
        return "sub-" + subject + session.map(s -> "/ses-" + s).orElse("") + "/beh";
    }

    private static void check(String entity, String label) {
        if (!isLabel(label)) {
            throw new IllegalArgumentException("BIDS " + entity + " label must be letters and digits only, got '"
                    + label + "'");
        }
    }
}
