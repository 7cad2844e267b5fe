package org.eigrules.engine;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a rule folder's firing on a worker thread and waits at most the time limit for it. Java
 * cannot stop a thread that loops without looking at its interrupt flag: past the limit the
 * worker is interrupted and left running (a daemon thread, so it never keeps the process alive),
 * and the caller goes on to its next input.
 */
final class Watchdog {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "eig-rules-evaluation-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Watchdog() {
    }

    /**
     * Runs {@code firing}, rethrowing what it throws.
     *
     * @return false when it was still running at the time limit, and was left running
     */
    static boolean run(Runnable firing, Duration limit) {
        Future<?> done = WORKERS.submit(firing);
        // A little grace, so that the guard's own check between firings, with its clearer
        // message, usually speaks first.
        long wait = limit.toNanos() + Math.max(TimeUnit.MILLISECONDS.toNanos(100), limit.toNanos() / 10);
        try {
            done.get(wait, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            done.cancel(true);
            return false;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // the evaluation catches it and fails this application only
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.cancel(true);
            throw new IllegalStateException("interrupted while the rules were firing", e);
        }
    }
}
