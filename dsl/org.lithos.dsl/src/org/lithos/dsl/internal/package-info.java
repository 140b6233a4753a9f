/** Small helpers of the language implementation that are not API. */
package org.lithos.dsl.internal;
