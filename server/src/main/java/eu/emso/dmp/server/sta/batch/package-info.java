/**
 * SensorThings batch requests (OGC 18-088, 11; OData 4.01 JSON batch format, and the OData 4.0
 * multipart/mixed format of SensorThings 1.0): many requests in one HTTP request, run in order,
 * with atomicity groups (change sets) that commit or roll back as a whole, {@code dependsOn},
 * and {@code $<id>} references to entities created earlier in the same batch.
 */
package eu.emso.dmp.server.sta.batch;
