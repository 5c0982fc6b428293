package no.kriteriebank.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One line on a terminal's diagnostics stream saying how far a long run has come: files done (of how many, when
 * known), files per second and the time left, redrawn in place with a carriage return at most four times a second,
 * the first at once, and wiped at the end so that what follows starts on a clean line.
 */
final class ProgressLine {
    /** Nanoseconds between two redraws. */
    static final long INTERVAL = 250_000_000L;
    private final PrintWriter err;
    private final String label;
    private final long total;
    private final LongSupplier nanos;
    private final long start;
    private long last;
    private int width;

    /**
     * @param err the terminal's diagnostics stream
     * @param label what runs, e.g. {@code report}
     * @param total how many files there are, or a negative number when not known
     * @param nanos the clock, {@link System#nanoTime()} outside tests
     */
    ProgressLine(PrintWriter err, String label, long total, LongSupplier nanos) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.last = start - INTERVAL; // the first file draws the line at once
    }

    /** Redraws the line when the last redraw is a quarter of a second old (or there was none). */
    void update(long done) {
        long now = nanos.getAsLong();
        if (now - last < INTERVAL) {
            return;
        }
        last = now;
        draw(text(done, now - start));
    }

    /** The line for {@code done} files after {@code elapsed} nanoseconds. */
    String text(long done, long elapsed) {
        double seconds = elapsed / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(label).append(": ").append(String.format(Locale.ROOT, "%,d", done));
        if (total >= 0) {
            line.append(String.format(Locale.ROOT, " of %,d", Math.max(total, done)));
        }
        line.append(String.format(Locale.ROOT, " files, %,.0f files/s", rate));
        if (total >= 0 && rate > 0) {
            long left = (long) Math.ceil(Math.max(0, total - done) / rate);
            line.append(", ").append(left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s").append(" left");
        }
        return line.toString();
    }

    private void draw(String text) {
        StringBuilder line = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        width = text.length();
        err.print(line);
        err.flush();
    }

    /** Wipes the line, if one was drawn. */
    void end() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
