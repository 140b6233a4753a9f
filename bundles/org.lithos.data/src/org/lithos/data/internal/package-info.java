/**
 * How each cycler's file is read: tables from delimited text (Commons CSV) and XLSX sheets (fastexcel-reader), the
 * per-format column layouts, header units, and the normalisation into a {@link org.lithos.data.MeasuredCurve}.
 */
package org.lithos.data.internal;
