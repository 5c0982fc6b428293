package no.kriteriebank.render;

import java.io.IOException;
import java.io.Writer;

/** A string writer that refuses to grow past a limit, so that a runaway network template cannot exhaust memory. */
final class BoundedWriter extends Writer {
    private final StringBuilder out;
    private final int limit;

    BoundedWriter(int limit) {
        this(limit, 4096);
    }

    /** A writer that expects about {@code expected} characters, so that it need not grow while it is written. */
    BoundedWriter(int limit, int expected) {
        this.limit = limit;
        this.out = new StringBuilder(Math.max(16, Math.min(limit, expected)));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (out.length() + len > limit) {
            throw new IOException("output exceeds the limit of " + limit + " characters");
        }
        out.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (out.length() + len > limit) {
            throw new IOException("output exceeds the limit of " + limit + " characters");
        }
        out.append(str, off, off + len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
