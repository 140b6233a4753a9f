/**
 * Effective values of cells and materials after inheritance: a derived cell or material inherits every part
 * and setting of its parents and overrides them by name, the nearest declaration winning.
 */
package org.lithos.dsl.resolution;
