/** Value converters: how numbers, units and multi-word names are read from and written to text. */
package org.lithos.dsl.conversion;
