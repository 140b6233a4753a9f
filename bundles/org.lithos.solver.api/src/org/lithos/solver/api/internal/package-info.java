/** The registry implementation: a plain-Java catalogue and the Declarative Services component around it. */
package org.lithos.solver.api.internal;
