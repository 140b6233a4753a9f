/**
 * Generated EMF switch and adapter factory for the language model.
 */
package org.lithos.dsl.lithos.util;
