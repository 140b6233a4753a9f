/**
 * Tests of the cell language and its compiler: parsing, every validation issue code, the
 * examples and their compiled inputs, the material library, bad input and a 1,000-mutant robustness run.
 */
package org.lithos.dsl.tests;
