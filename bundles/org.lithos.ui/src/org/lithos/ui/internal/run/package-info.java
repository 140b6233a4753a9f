/**
 * Running studies from the studio: a background job that calls the simulation runner exactly as `lithos run` does
 * (same folder layout, same console messages), the run console, problem markers, and the Runs view with the
 * history of study runs.
 */
package org.lithos.ui.internal.run;
