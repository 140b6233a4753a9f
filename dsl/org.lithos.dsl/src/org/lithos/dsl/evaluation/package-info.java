/**
 * Turns expressions of the cell language into SI quantities: units are parsed and converted, parameters and
 * sweep variables are substituted, and products and quotients carry their dimensions.
 */
package org.lithos.dsl.evaluation;
