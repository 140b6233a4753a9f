/**
 * The API through which bundles contribute to the {@code lithos} command line: {@link org.lithos.cli.api.Command}
 * and {@link org.lithos.cli.api.Benchmark} services, the shared option parsing, and {@link org.lithos.cli.api.CellFiles},
 * the language as a service to contributed commands.
 */
package org.lithos.cli.api;
