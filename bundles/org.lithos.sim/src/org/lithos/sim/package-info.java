/**
 * Runs compiled studies: every run of a sweep on a pool of worker threads, each with its own progress monitor,
 * cancellation and wall-clock limit, results written atomically per run so an interrupted study keeps what
 * finished. Knows nothing of the language or of files other than its own output folder.
 */
package org.lithos.sim;
