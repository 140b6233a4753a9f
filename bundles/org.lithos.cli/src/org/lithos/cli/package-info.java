/**
 * The {@code lithos} command line: the Equinox application and {@link org.lithos.cli.Lithos}, the
 * dispatcher that runs every command with plain streams so it can be tested without OSGi.
 */
package org.lithos.cli;
