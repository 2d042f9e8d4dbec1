package org.lacrima.core.archfixture.cycle.first;

import org.lacrima.core.archfixture.cycle.second.SecondHalfOfACycle;

/** A planted package cycle (first → second → first) that the architecture test must catch. */
public final class FirstHalfOfACycle {
    /** Uses the other package, which uses this one. */
    public SecondHalfOfACycle partner() {
        return new SecondHalfOfACycle();
    }
}
