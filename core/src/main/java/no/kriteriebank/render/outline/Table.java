package no.kriteriebank.render.outline;

import java.util.List;

/**
 * A table: an optional header row, body rows and an optional footer row (such as the sum of the weights).
 *
 * @param header the column headings, or empty for a table without a header row
 * @param rows the body rows, each with one paragraph per column
 * @param footer the footer cells, or empty
 */
public record Table(List<String> header, List<List<Paragraph>> rows, List<String> footer) implements Block {

    /**
     * Copies the rows and checks that all rows have the same number of cells.
     *
     * @param header the headings
     * @param rows the rows
     * @param footer the footer
     * @throws IllegalArgumentException when the rows differ in width
     */
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        footer = List.copyOf(footer);
        int width = columns(header, rows, footer);
        for (List<Paragraph> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException("table rows must have " + width + " cells, not " + row.size());
            }
        }
        if (!header.isEmpty() && header.size() != width || !footer.isEmpty() && footer.size() != width) {
            throw new IllegalArgumentException("table header and footer must have " + width + " cells");
        }
    }

    /** {@return the number of columns} */
    public int columns() {
        return columns(header, rows, footer);
    }

    private static int columns(List<String> header, List<List<Paragraph>> rows, List<String> footer) {
        if (!header.isEmpty()) {
            return header.size();
        }
        return rows.isEmpty() ? footer.size() : rows.get(0).size();
    }
}
