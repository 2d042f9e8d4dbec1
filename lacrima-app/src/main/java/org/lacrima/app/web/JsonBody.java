package org.lacrima.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The JSON body of a request as the record a route expects: a body of {@code null} or one carrying a
 * NUL character (which PostgreSQL cannot store) is a 400 with a plain message, never a 500.
 */
final class JsonBody {
    private JsonBody() {
    }

    static <T> T of(Context ctx, Class<T> type) {
        String raw = ctx.body();
        if (raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("\\u0000")) {
            throw new BadRequestResponse("text may not contain NUL characters (\\u0000)");
        }
        if (raw.isBlank() || raw.strip().equals("null")) {
            throw new BadRequestResponse("the request needs a JSON object as its body");
        }
        return ctx.bodyAsClass(type);
    }
}
