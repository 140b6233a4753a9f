/**
 * The Lithos cell language runtime: the Xtext grammar ({@code Lithos.xtext}), its Guice module and standalone setup. Parser, model classes and services are generated from the grammar by the build.
 */
package org.lithos.dsl;
