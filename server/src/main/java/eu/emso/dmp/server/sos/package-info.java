/**
 * The SOS 2.0 face (OGC 12-006): {@code /sos/service} with the KVP (GET) and POX (POST XML)
 * bindings. A request is decoded once into a {@link eu.emso.dmp.server.sos.SosRequest}, checked
 * (service, version, operation), handed to the handler of its operation, and answered with XML
 * streamed through StAX, or with an OWS 1.1 ExceptionReport. Sub-packages hold the bindings
 * ({@code kvp}, {@code pox}) and one package per conformance class ({@code core},
 * {@code enhanced}, {@code transactional}). Whether a request writes is decided in one place,
 * {@link eu.emso.dmp.server.sos.Operation#transactional()}. This face imports no other face;
 * it reads and writes through {@link eu.emso.dmp.model.store.EntityStore} only.
 */
package eu.emso.dmp.server.sos;
