package org.lithos.data.internal;

import java.util.List;

/**
 * A cycler file's record table: its header and its data rows in file order.
 *
 * @param header      the header cells
 * @param headerWhere where the header is, for messages
 * @param rows        the data rows after it
 */
public record Table(List<HeaderCell> header, String headerWhere, List<Row> rows) {
}
