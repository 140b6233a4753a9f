/**
 * The typed vocabulary every bundle shares for what a result holds ({@link org.lithos.model.names.SeriesName}) and
 * what a study can expect and plot ({@link org.lithos.model.names.Observable}): the language's catalogue, the
 * solvers, the runner's observations, the charts and the reports use these constants instead of repeating strings.
 */
package org.lithos.model.names;
