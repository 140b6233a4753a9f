/**
 * The language model: EMF classes generated from the grammar, one per rule (Cell, Protocol, Study, ...).
 */
package org.lithos.dsl.lithos;
