package org.lacrima.core.archfixture.cycle.second;

import org.lacrima.core.archfixture.cycle.first.FirstHalfOfACycle;

/** The other half of the planted package cycle. */
public final class SecondHalfOfACycle {
    /** Uses the first package, closing the cycle. */
    public FirstHalfOfACycle partner() {
        return new FirstHalfOfACycle();
    }
}
