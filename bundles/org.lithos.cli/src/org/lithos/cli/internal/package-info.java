/** The individual commands of the {@code lithos} command line and their shared option parsing. */
package org.lithos.cli.internal;
