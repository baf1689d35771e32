package org.privacyrequests.benchmark;


/**
 * Samples the heap in use and the resident memory of this JVM every 100 ms while a benchmark runs; the growth
 * is the largest sample over the first (taken after a collection). The heap in use counts garbage not yet
 * collected, so it is an upper bound of what the work holds. The live heap is the old generation in use: what
 * survived young collections, without the garbage waiting in the young generation. (Not the pool's collection usage:
 * G1 updates that only after a mixed or full collection, so it stays flat while young collections promote.) It may
 * still count objects that died after they were promoted: an upper bound as well, a much closer one.
 */
public final class MemorySampler {

    private final Thread thread;
    private final long heapAtStart;
    private final long rssAtStart;
    private final long liveAtStart;
    private volatile long maxLive;
    private volatile long maxHeap;
    private volatile long maxRss;
    private volatile boolean running = true;

    private MemorySampler() {
        System.gc();
        heapAtStart = heap();
        rssAtStart = rss();
        liveAtStart = live();
        maxLive = liveAtStart;
        maxHeap = heapAtStart;
        maxRss = rssAtStart;
        thread = new Thread(() -> {
            while (running) {
                maxHeap = Math.max(maxHeap, heap());
                maxRss = Math.max(maxRss, rss());
                maxLive = Math.max(maxLive, live());
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
        maxLive = Math.max(maxLive, live());
    }

    /** The growth of the old generation: what the work held alive across collections, at most (information). */
    public long maxLiveHeapGrowth() {
        return Math.max(0, maxLive - liveAtStart);
    }

    public long maxHeapGrowth() {
        return maxHeap - heapAtStart;
    }

    public long maxRssGrowth() {
        return maxRss - rssAtStart;
    }

    /** The old generation in use (G1 Old Gen; the tenured pool of other collectors). */
    private static long live() {
        return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old Gen") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
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
