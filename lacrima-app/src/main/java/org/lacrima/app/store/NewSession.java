package org.lacrima.app.store;

/** What a clinician enters with an upload; the files come separately. */
public record NewSession(String title, String recordedOn, String formatHint, String notes, Integer distressBefore,
                         Integer distressAfter) {
    public NewSession {
        checkDistress(distressBefore, "before");
        checkDistress(distressAfter, "after");
    }

    static void checkDistress(Integer value, String when) {
        if (value != null && (value < 0 || value > 10)) {
            throw new IllegalArgumentException("distress " + when + " must be between 0 and 10");
        }
    }
}
