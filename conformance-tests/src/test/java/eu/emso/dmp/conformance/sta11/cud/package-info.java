/**
 * Black-box tests of the SensorThings API 1.1 (OGC 18-088) requirement classes
 * create-update-delete and multi-datastream: writes through the API and what a client reads back.
 */
package eu.emso.dmp.conformance.sta11.cud;
