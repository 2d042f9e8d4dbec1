/**
 * European Data Format: EDF, EDF+ (continuous and discontinuous), BDF and BDF+ reading, EDF+C writing,
 * and the TAL annotation codec.
 */
package org.lacrima.io.edf;
