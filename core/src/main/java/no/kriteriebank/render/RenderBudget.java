package no.kriteriebank.render;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time, memory and depth one rendering may use. The work runs on a pooled rendering thread with a fixed stack,
 * watched from the calling thread: past the time budget, or once it has allocated more than the memory budget, it is
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
        Task<T> task = new Task<>(work);
        java.util.concurrent.Future<?> future = POOL.submit(task);
        long deadline = System.nanoTime() + time.toNanos();
        boolean exceeded = false;
        try {
            while (true) {
                try {
                    future.get(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                    break;
                } catch (java.util.concurrent.TimeoutException e) {
                    exceeded = System.nanoTime() - deadline > 0 || task.allocated() > memoryBytes;
                    if (exceeded) {
                        task.interrupt();
                        try {
                            future.get(GRACE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                        } catch (java.util.concurrent.TimeoutException stuck) {
                            // a single built-in that does not look at interrupts: leave it, it ends on its own
                        }
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            task.interrupt();
            Thread.currentThread().interrupt();
            throw new RenderException("the rendering was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a rendering task failed outside its own handling", e.getCause());
        }
        if (exceeded) {
            // A loop that never ends or a built-in that builds a huge text: the template is at fault, not the data.
            // One message for both budgets: which runs out first depends on the machine, and the message must not.
            throw new RenderLimitException("the rendering went over its budget of " + budgetText() + " (a template "
                    + "or criterion text loops, recurses or builds text without end)");
        }
        Throwable t = task.failure;
        if (t == null) {
            return task.result;
        }
        if (t instanceof StackOverflowError || t.getCause() instanceof StackOverflowError) {
            throw new RenderLimitException("the templates call themselves too deeply (a macro, function or include "
                    + "that recurses without end)");
        }
        if (t instanceof OutOfMemoryError || t.getCause() instanceof OutOfMemoryError) {
            throw new RenderLimitException("the rendering needs more memory than the JVM has (a template or criterion "
                    + "text builds text without end)");
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new RenderException("the rendering failed: " + t.getMessage(), t);
    }

    private String budgetText() {
        long millis = time.toMillis();
        String t = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        return t + " and " + (memoryBytes >> 20) + " MiB allocated";
    }

    /** Rendering threads, kept for reuse: starting a thread costs more than rendering a clause. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(null, r, "kriteriebank-render", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    /** One rendering on a pooled thread; interrupts reach it only while it runs, never the thread's next task. */
    private static final class Task<T> implements Runnable {
        private final Supplier<T> work;
        private volatile T result;
        private volatile Throwable failure;
        private Thread thread;
        private long startAllocated;
        private boolean running;

        Task(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            synchronized (this) {
                thread = Thread.currentThread();
                startAllocated = Allocation.of(thread);
                running = true;
            }
            try {
                result = work.get();
            } catch (Throwable t) {
                failure = t;
            } finally {
                synchronized (this) {
                    running = false;
                    Thread.interrupted();
                }
            }
        }

        synchronized void interrupt() {
            if (running) {
                thread.interrupt();
            }
        }

        synchronized long allocated() {
            return running ? Allocation.of(thread) - startAllocated : 0;
        }
    }

    /** How much a thread has allocated so far, where the JVM can tell; else 0 always. */
    private static final class Allocation {
        private static final com.sun.management.ThreadMXBean BEAN = bean();

        private Allocation() {
        }

        private static com.sun.management.ThreadMXBean bean() {
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean) {
                com.sun.management.ThreadMXBean b = (com.sun.management.ThreadMXBean) bean;
                if (b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled()) {
                    return b;
                }
            }
            return null;
        }

        static long of(Thread thread) {
            return BEAN == null ? 0 : Math.max(0, BEAN.getThreadAllocatedBytes(thread.getId()));
        }
    }
}
