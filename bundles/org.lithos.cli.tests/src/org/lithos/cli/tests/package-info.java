/**
 * Tests of the command line in-process, without a product: the dispatcher's output format and exit codes, and the
 * commands run, validate, and those the solver bundles contribute (calibrate, surrogate), on cells written with the
 * language tests' {@code Cells}; and that the command line makes only the command it runs.
 */
package org.lithos.cli.tests;
