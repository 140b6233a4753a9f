/**
 * Validation of the cell language: units and dimensions, impossible and implausible values, references,
 * names, inheritance, cell completeness, protocol steps and studies. Issue codes live in {@link
 * org.lithos.dsl.validation.IssueCodes}.
 */
package org.lithos.dsl.validation;
