/**
 * Questions about compiled inputs that the language, the runner and the reports must answer alike: which flattened
 * step an expectation's step address ({@code after the third charge}) names, and how to say where an expectation
 * looks.
 */
package org.lithos.model.query;
