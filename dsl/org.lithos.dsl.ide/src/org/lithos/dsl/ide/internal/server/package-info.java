/**
 * How the cell language's server is assembled: Guice bindings, the workspace with the built-in material library
 * as an indexed project, and the shutdown handling. Used through {@link org.lithos.dsl.ide.server.LithosLanguageServers}.
 */
package org.lithos.dsl.ide.internal.server;
