/**
 * Generated EMF implementations of the language model; internal.
 */
package org.lithos.dsl.lithos.impl;
