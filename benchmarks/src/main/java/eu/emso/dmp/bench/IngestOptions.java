package eu.emso.dmp.bench;

import java.nio.file.Path;

/**
 * What an ingest benchmark run does.
 *
 * @param observations observations to generate and ingest (rounded down to whole SBE37 samples of five)
 * @param batch        observations per write of the pipeline
 * @param writers      writer threads of the pipeline
 * @param qc           whether the write path runs the quality control stage, as the server's does
 * @param workDir      holds the generated input, the PostgreSQL cluster and the COPY dump
 * @param configDir    the server's configuration directory: {@code sites/} and {@code qc/}
 * @param out          where the JSON report goes, or null
 */
public record IngestOptions(long observations, int batch, int writers, boolean qc, Path workDir, Path configDir, Path out) {
    /** Checks the figures. */
    public IngestOptions {
        if (observations < 1 || batch < 1 || writers < 1) {
            throw new IllegalArgumentException("observations, batch and writers must be positive");
        }
    }
}
