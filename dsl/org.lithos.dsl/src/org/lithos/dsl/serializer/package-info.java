/**
 * Generated serializer that turns language models back into text; internal.
 */
package org.lithos.dsl.serializer;
