package eu.emso.dmp.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory of this process at one moment of an ingest: Java heap in use, heap still live
 * after the last garbage collection (what the ingest holds, without the garbage not yet
 * collected), resident size and peak resident size of the whole process ({@code VmRSS},
 * {@code VmHWM} of {@code /proc/self/status}; 0 where that file does not exist). Immutable.
 *
 * @param observations observations read from the input when the sample was taken
 */
public record ProcessMemory(long observations, long heapUsedMiB, long heapAfterGcMiB, long rssMiB, long peakRssMiB) {

    /** Samples this process now. */
    public static ProcessMemory sample(long observations) {
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && u != null) {
                afterGc += u.getUsed();
            }
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new ProcessMemory(observations, heap >> 20, afterGc >> 20, status("VmRSS") >> 10, status("VmHWM") >> 10);
    }

    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
