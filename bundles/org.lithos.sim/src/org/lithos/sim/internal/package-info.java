/** Monitors that combine cancellation, deadlines and progress counting for the runner. */
package org.lithos.sim.internal;
