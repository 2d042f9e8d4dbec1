package org.lacrima.app.store;

/**
 * Free text from users on its way into the database. PostgreSQL cannot store the NUL character in
 * TEXT (SQLite can), so it is refused here for both, with a message fit for the user.
 */
public final class TextFields {
    private TextFields() {
    }

    /**
     * @return {@code text} unchanged (null stays null)
     * @throws IllegalArgumentException if it contains a NUL character
     */
    public static String clean(String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("text may not contain NUL characters (\\u0000)");
        }
        return text;
    }
}
