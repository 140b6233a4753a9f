/** The Declarative Services component that publishes the partner solver. */
package org.lithos.examples.partner.internal;
