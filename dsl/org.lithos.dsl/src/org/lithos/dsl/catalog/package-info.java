/**
 * What the language knows about quantities: the properties each block accepts with their dimensions,
 * impossible and plausible ranges, the observables a study can expect, and the dimensions each protocol slot
 * takes. The validator and the compiler both read from here, so they never disagree.
 */
package org.lithos.dsl.catalog;
