/**
 * Generated EMF switch and adapter-factory utilities for the Lithos model.
 */
package org.lithos.model.util;
