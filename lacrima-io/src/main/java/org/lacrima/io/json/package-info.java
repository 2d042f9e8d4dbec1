/** JSON output of an analysis (DESIGN.md section 4) and its schema. */
package org.lacrima.io.json;
