/** PhysioNet WFDB records: headers, signal formats, MIT annotation files. */
package org.lacrima.io.wfdb;
