/**
 * The recording model every stage shares: typed channels with their rates and units, events and
 * reference beats, all on one time axis in seconds from the recording start.
 */
package org.lacrima.core.model;
