package no.kriteriebank.render;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time, memory and depth one rendering may use. The work runs on a thread of its own with a fixed stack, watched
 * from the calling thread: past the time budget, or once it has allocated more than the memory budget, it is
 * interrupted (every loop and macro of a sandboxed template checks for that), and the caller gets a
 * {@link RenderLimitException} saying which budget ran out. A template that recurses without end fills the fixed stack and
 * ends the same way, as does one that asks for more memory than the JVM has. Never a hang, a
 * {@link StackOverflowError} or an {@link OutOfMemoryError} for the caller.
 *
 * @param time the longest one rendering may take
 * @param memoryBytes the most bytes one rendering may allocate in all
 */
record RenderBudget(Duration time, long memoryBytes) {
    /** The default: 10 seconds and 1 GiB allocated, some hundred times what the whole standard bank needs. */
    static final RenderBudget DEFAULT = new RenderBudget(Duration.ofSeconds(10), 1L << 30);

    /** The rendering thread's stack: deep enough for any real layout, shallow enough to end runaway recursion fast. */
    private static final long STACK_BYTES = 4L << 20;
    /** How often the watcher looks at the rendering thread. */
    private static final long POLL_MILLIS = 10;
    /** How long an interrupted rendering gets to notice before the caller stops waiting for it. */
    private static final long GRACE_MILLIS = 2_000;

    /**
     * Runs one rendering within the budget.
     *
     * @param work the rendering
     * @param <T> what it returns
     * @return what it returned
     * @throws RenderException when it failed or ran out of a budget
     */
    <T> T run(Supplier<T> work) {
        Object[] outcome = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                outcome[0] = work.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "kriteriebank-render", STACK_BYTES);
        worker.setDaemon(true);
        Allocation allocation = Allocation.of(worker);
        long deadline = System.nanoTime() + time.toNanos();
        worker.start();
        String exceeded = null;
        try {
            while (worker.isAlive()) {
                worker.join(POLL_MILLIS);
                if (!worker.isAlive()) {
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    exceeded = "the rendering took longer than its budget of " + time.toSeconds() + " seconds";
                } else if (allocation.since() > memoryBytes) {
                    exceeded = "the rendering used more memory than its budget of " + (memoryBytes >> 20) + " MiB";
                }
                if (exceeded != null) {
                    worker.interrupt();
                    worker.join(GRACE_MILLIS);
                    break;
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new RenderException("the rendering was interrupted");
        }
        if (exceeded != null) {
            // a loop that never ends or a built-in that builds a huge text: the template is at fault, not the data
            throw new RenderLimitException(exceeded + " (a template or criterion text loops, recurses or builds text "
                    + "without end)");
        }
        Throwable t = failure[0];
        if (t == null) {
            @SuppressWarnings("unchecked")
            T result = (T) outcome[0];
            return result;
        }
        if (t instanceof StackOverflowError || t.getCause() instanceof StackOverflowError) {
            throw new RenderLimitException("the templates call themselves too deeply (a macro, function or include that "
                    + "recurses without end)");
        }
        if (t instanceof OutOfMemoryError || t.getCause() instanceof OutOfMemoryError) {
            throw new RenderLimitException("the rendering needs more memory than the JVM has (a template or criterion text "
                    + "builds text without end)");
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new RenderException("the rendering failed: " + t.getMessage(), t);
    }

    /** How much a thread has allocated, where the JVM can tell; else a count that never grows. */
    private record Allocation(Thread thread, com.sun.management.ThreadMXBean bean) {
        static Allocation of(Thread thread) {
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean) {
                com.sun.management.ThreadMXBean b = (com.sun.management.ThreadMXBean) bean;
                if (b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled()) {
                    return new Allocation(thread, b);
                }
            }
            return new Allocation(thread, null);
        }

        /** {@return bytes the thread has allocated} */
        long since() {
            if (bean == null) {
                return 0;
            }
            // a new thread starts from nothing, so its whole count is this rendering's
            return Math.max(0, bean.getThreadAllocatedBytes(thread.getId()));
        }
    }
}
