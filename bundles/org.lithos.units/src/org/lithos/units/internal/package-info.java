/**
 * Implementation of the units library (unit table, symbol parser, suggestions, number formatting);
 * not API, use {@link org.lithos.units.Units} and {@link org.lithos.units.Quantity} instead.
 */
package org.lithos.units.internal;
