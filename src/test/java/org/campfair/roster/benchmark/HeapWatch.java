package org.campfair.roster.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run kept alive: the heap in use right after each garbage collection, at its
 * highest (or the heap in use at the end, when no collection ran). Peak heap "in use" without a
 * collection would mostly measure how lazily the collector cleans up, not what the solver needs.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakAfterGc = new AtomicLong();
    private final NotificationListener listener = this::onNotification;

    HeapWatch() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** In MiB. */
    long peakMb() {
        long peak = peakAfterGc.get();
        if (peak == 0) {
            peak = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return Math.round(peak / (1024.0 * 1024));
    }

    /** The sum of the heap pools' peaks since the watch started, garbage included, in MiB. */
    static long peakInUseMb() {
        long sum = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.round(sum / (1024.0 * 1024));
    }

    private void onNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    @Override
    public void close() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never added to this collector
            }
        }
    }
}
