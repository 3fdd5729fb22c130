/**
 * Quality control in the write path: the {@link eu.emso.dmp.server.qc.QcStage} every observation
 * passes before it is stored, the choice of each Datastream's configuration
 * ({@code properties.quality_control}, else the site default for its ObservedProperty), and the
 * re-run of quality control over stored observations after a configuration change. The QARTOD
 * tests themselves are the pure functions of the {@code quality-control} module; all SQL stays in
 * {@code model-mapping}'s store package.
 *
 * <p>This lives in the server module because only the composition root may depend on both the
 * store and quality control without making either depend on the other: the ingest adapter is one
 * door among several (HTTP, MQTT, SOS), and the write path stage must serve all of them.
 */
package eu.emso.dmp.server.qc;
