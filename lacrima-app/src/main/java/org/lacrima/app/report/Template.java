package org.lacrima.app.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page with {@code {{name}}} slots, filled in one pass: text put into a slot is never scanned
 * again, so a value that happens to contain braces cannot inject another slot.
 */
final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private final String text;

    Template(String text) {
        this.text = text;
    }

    /** The page with every slot replaced; a slot without a value is a programming error. */
    String fill(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + values.values().stream().mapToInt(String::length).sum());
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("report template slot without a value: " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
