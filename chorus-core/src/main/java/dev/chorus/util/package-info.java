/** Small generic data structures shared by several stages (disjoint sets); no text or model knowledge. */
package dev.chorus.util;
