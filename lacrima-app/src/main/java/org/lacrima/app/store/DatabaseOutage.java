package org.lacrima.app.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;

/**
 * Tells "the database could not be reached" apart from an error in a statement, so that code outside
 * the store (the queue's worker) can react to either without touching the SQL library.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    /** Whether {@code e} came from the database at all (reachable or not). */
    public static boolean isDatabaseError(Throwable e) {
        return e instanceof org.jdbi.v3.core.JdbiException;
    }

    /** Whether {@code e} or a cause says the connection could not be made or was lost (SQLState class 08). */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
