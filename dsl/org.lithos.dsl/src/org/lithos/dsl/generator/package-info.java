/**
 * Xtext's code-generator hook; Lithos generates nothing on save, because compilation to solver inputs is an explicit step (see {@code org.lithos.dsl.compiler}).
 */
package org.lithos.dsl.generator;
