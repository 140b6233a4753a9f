/**
 * The cell language's editor services behind the language server (and so behind the studio's editor and VS Code):
 * completion, hover, outline symbols, semantic colouring, quick fixes and rename. Each builds on the language's
 * catalogues (properties, observables, units) and its {@code IssueCodes}, so editors and {@code lithos check} agree.
 */
package org.lithos.dsl.ide.internal.services;
