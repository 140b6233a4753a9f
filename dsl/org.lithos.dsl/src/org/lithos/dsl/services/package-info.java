/**
 * Generated grammar access used by the parser, formatter and IDE services.
 */
package org.lithos.dsl.services;
