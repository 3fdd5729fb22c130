package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.egim.ingest.IngestCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an ingest benchmark as Markdown and as JSON: the rate of the ingest pipeline
 * and of raw COPY for the same rows (observations per second), their ratio (ingest / COPY), the
 * parser's rate alone, the ingest's counts and the memory samples. Immutable.
 *
 * @param lines      lines of the generated input
 * @param inputBytes its size
 * @param qc         whether the write path ran quality control
 * @param parseRate  observations per second of the parser alone
 */
public record IngestReport(long observations, long lines, long inputBytes, int batch, int writers, boolean qc,
                           String postgres, double parseRate, double ingestRate, double ingestSeconds, double copyRate,
                           double copySeconds, IngestCounts counts, List<ProcessMemory> memory) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Copies the samples. */
    public IngestReport {
        memory = List.copyOf(memory);
    }

    /** Ingest rate over raw COPY rate. */
    public double ratio() {
        return ingestRate / copyRate;
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d observations (%,d SBE37 lines, %,d MiB), batches of %,d, %d writers, quality control %s; %s%n%n",
                observations, lines, inputBytes >> 20, batch, writers, qc ? "on" : "off", postgres));
        md.append("| path | seconds | obs/s | of raw COPY |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| ingest pipeline (parse, catalogue, write path) | %.1f | %,.0f | %.2f |%n",
                ingestSeconds, ingestRate, ratio()));
        md.append(String.format(Locale.ROOT, "| raw COPY of the same rows | %.1f | %,.0f | 1.00 |%n", copySeconds, copyRate));
        md.append(String.format(Locale.ROOT, "| parser alone (no database) | %.1f | %,.0f | %.2f |%n",
                observations / parseRate, parseRate, parseRate / copyRate));
        md.append("\nMemory of the ingesting process:\n\n")
                .append("| observations read | heap used MiB | heap live after last GC MiB | VmRSS MiB | VmHWM MiB |\n")
                .append("|---|---|---|---|---|\n");
        for (ProcessMemory m : memory) {
            md.append(String.format(Locale.ROOT, "| %,d | %d | %d | %d | %d |%n", m.observations(), m.heapUsedMiB(),
                    m.heapAfterGcMiB(), m.rssMiB(), m.peakRssMiB()));
        }
        md.append("\nIngest counts: ").append(counts).append('\n');
        return md.toString();
    }

    public String json() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("observations", observations).put("lines", lines).put("inputBytes", inputBytes).put("batch", batch).put("writers", writers).put("qualityControl", qc)
                .put("postgres", postgres).put("ratio", ratio());
        root.putObject("ingest").put("seconds", ingestSeconds).put("obsPerSecond", ingestRate);
        root.putObject("copy").put("seconds", copySeconds).put("obsPerSecond", copyRate);
        root.putObject("parseOnly").put("obsPerSecond", parseRate);
        root.set("counts", JSON.valueToTree(counts));
        root.set("memory", JSON.valueToTree(memory));
        return JSON.writeValueAsString(root);
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, json());
    }
}
