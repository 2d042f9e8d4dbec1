/** Recordings and session events as delimited text. */
package org.lacrima.io.csv;
