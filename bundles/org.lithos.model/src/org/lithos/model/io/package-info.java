/**
 * Reading and writing {@code SimulationInput} and {@code SimulationResult} models as XMI and JSON, always
 * through a temporary file that is moved into place, so a results folder never holds a half-written file.
 */
package org.lithos.model.io;
