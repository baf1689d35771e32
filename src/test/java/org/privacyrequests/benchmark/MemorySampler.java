package org.privacyrequests.benchmark;

/**
 * Samples the heap in use and the resident memory of this JVM every 100 ms while a benchmark runs; the growth
 * is the largest sample over the first (taken after a collection). The heap in use counts garbage not yet
 * collected, so it is an upper bound of what the work holds.
 */
public final class MemorySampler {

    private final Thread thread;
    private final long heapAtStart;
    private final long rssAtStart;
    private volatile long maxHeap;
    private volatile long maxRss;
    private volatile boolean running = true;

    private MemorySampler() {
        System.gc();
        heapAtStart = heap();
        rssAtStart = rss();
        maxHeap = heapAtStart;
        maxRss = rssAtStart;
        thread = new Thread(() -> {
            while (running) {
                maxHeap = Math.max(maxHeap, heap());
                maxRss = Math.max(maxRss, rss());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    public static MemorySampler start() {
        return new MemorySampler();
    }

    public void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    public long maxHeapGrowth() {
        return maxHeap - heapAtStart;
    }

    public long maxRssGrowth() {
        return maxRss - rssAtStart;
    }

    private static long heap() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Resident set size from /proc (Linux), in bytes. */
    static long rss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return 0;
    }
}
