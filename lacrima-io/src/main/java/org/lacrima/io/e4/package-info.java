/** Empatica E4 exports (folder or zip). */
package org.lacrima.io.e4;
