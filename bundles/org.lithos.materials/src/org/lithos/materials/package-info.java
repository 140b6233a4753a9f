/**
 * The built-in material library: {@code .cell} files in package {@code lithos.materials} that every Lithos
 * workspace can import, with a source for every numeric property.
 */
package org.lithos.materials;
