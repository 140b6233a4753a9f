/**
 * Generated EMF implementation classes of the Lithos model; internal.
 */
package org.lithos.model.impl;
