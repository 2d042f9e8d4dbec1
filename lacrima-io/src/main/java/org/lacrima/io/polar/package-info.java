/** Polar Sensor Logger exports and plain RR-interval lists. */
package org.lacrima.io.polar;
