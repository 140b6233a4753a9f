/**
 * Text helpers every front end shares: did-you-mean suggestions for the language's diagnostics and the command
 * line's usage errors.
 */
package org.lithos.model.text;
