/** ISHNE 1.0 Holter ECG files (International Society for Holter and Noninvasive Electrocardiology, 1998). */
package org.lacrima.io.ishne;
