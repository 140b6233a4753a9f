/** Tests of the results store against the JSON Schema that documents result.json. */
package org.lithos.sim.tests;
