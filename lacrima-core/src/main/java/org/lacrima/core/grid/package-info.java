/**
 * The common analysis grid (4 Hz): growing buffers that live and file analysis fill alike, and robust
 * statistics over values with gaps.
 */
package org.lacrima.core.grid;
