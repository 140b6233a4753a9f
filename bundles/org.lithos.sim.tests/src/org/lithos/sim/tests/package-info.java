/**
 * Tests of the study runner with the renderer the command line uses (real PNG and SVG charts and deposit pictures),
 * and of the results store against the JSON Schema that documents result.json.
 */
package org.lithos.sim.tests;
