/**
 * The results store: per run {@code result.json} (documented units: mAh/cm2, mAh/g, mV, %), {@code
 * cycles.csv} and {@code series.csv}, each written through a temporary file and moved into place.
 */
package org.lithos.sim.store;
