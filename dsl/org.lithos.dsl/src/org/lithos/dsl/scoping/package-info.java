/**
 * Name resolution: local scopes for parameters, sweep variables and run arguments, implicit same-package imports, and did-you-mean messages for unknown names.
 */
package org.lithos.dsl.scoping;
