package eu.emso.dmp.server.sos.core;

import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.SosFixture;
import eu.emso.dmp.server.sos.support.XmlDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A MultiDatastream over SOS: its offering lists the composite phenomenon and
 * {@code OM_ComplexObservation}; GetObservation answers each Observation as an
 * {@code OM_ComplexObservation} whose result is a {@code swe:DataRecord} with one field per
 * ObservedProperty (definition, unit, value), valid against the O&amp;M 2.0 and SWE Common 2.0
 * schemas, with the temporal filters of the Datastreams.
 */
class ComplexObservationTest {
    private static final String PSAL = "http://vocab.nerc.ac.uk/collection/P01/current/PSLTZZ01/";
    private static final String OFFERING = "37-30001_data";
    private static final String CTD = "OBSEA CTD record";
    private static SosFixture sos;

    @BeforeAll
    static void start() {
        sos = SosFixture.start();
        sos.create("MultiDatastreams", """
                {"name": "%s", "description": "temperature and salinity of one CTD scan",
                 "observationType": "%s",
                 "multiObservationDataTypes": ["%s", "%s", "%s"],
                 "unitOfMeasurements": [{"name": "degree Celsius", "symbol": "degC", "definition": ""},
                                        {"name": "practical salinity unit", "symbol": "PSU", "definition": ""},
                                        {"name": "none", "symbol": "", "definition": ""}],
                 "Thing": {"name": "OBSEA CTD frame", "description": "frame",
                   "Locations": [{"name": "OBSEA", "description": "site", "encodingType": "application/geo+json",
                                  "location": {"type": "Point", "coordinates": [1.7527, 41.1819]}}]},
                 "Sensor": {"name": "SBE37 37-30001", "description": "CTD", "encodingType": "text/plain",
                            "metadata": "none", "properties": {"serial_number": "37-30001"}},
                 "ObservedProperties": [
                   {"name": "TEMP", "definition": "%s", "description": "temperature"},
                   {"name": "PSAL", "definition": "%s", "description": "salinity"},
                   {"name": "pump on", "definition": "http://example.org/pump", "description": "pump state"}],
                 "Observations": [
                   {"phenomenonTime": "2014-03-01T00:00:00Z", "result": [13.5, 38.1, true],
                    "FeatureOfInterest": {"name": "OBSEA CTD point", "description": "point",
                      "encodingType": "application/geo+json",
                      "feature": {"type": "Point", "coordinates": [1.7527, 41.1819]}}},
                   {"phenomenonTime": "2014-03-01T01:00:00Z", "result": [13.6, null, false]}]}"""
                .formatted(CTD, ComplexResult.COMPLEX, ObservationWriter.MEASUREMENT, ObservationWriter.MEASUREMENT,
                        "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_TruthObservation",
                        SosFixture.TEMP, PSAL));
    }

    @AfterAll
    static void stop() {
        sos.close();
    }

    /** 12-006 req /core/go-*: the offering of a MultiDatastream names its composite phenomenon and type. */
    @Test
    void offeringListsTheCompositePhenomenon() {
        XmlDoc caps = ok(sos.kvp("service=SOS&request=GetCapabilities&sections=Contents"));
        String o = "//sos:ObservationOffering[swes:identifier='" + OFFERING + "']";
        assertThat(caps.all(o + "/swes:observableProperty")).containsExactly(CTD);
        assertThat(caps.all(o + "/sos:observationType")).contains(ComplexResult.COMPLEX);
        assertThat(caps.text(o + "/sos:phenomenonTime/gml:TimePeriod/gml:endPosition")).isEqualTo("2014-03-01T01:00:00Z");
    }

    /** 10-025r1 clause 8.2.3: each Observation is an OM_ComplexObservation with a DataRecord result. */
    @Test
    void observationsAreComplexWithDataRecords() {
        XmlDoc d = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=" + OFFERING
                + "&observedProperty=" + SosFixture.enc(CTD)));
        assertThat(d.count("//om:OM_Observation")).isEqualTo(2);
        assertThat(d.all("//om:OM_Observation/om:type/@xlink:href")).containsOnly(ComplexResult.COMPLEX);
        assertThat(d.all("//om:OM_Observation/om:observedProperty/@xlink:href")).containsOnly(CTD);
        assertThat(d.all("//om:OM_Observation/om:procedure/@xlink:href")).containsOnly("37-30001");
        String first = "(//om:OM_Observation)[1]/om:result/swe:DataRecord/swe:field";
        assertThat(d.all(first + "/@name")).containsExactly("TEMP", "PSAL", "pump_on");
        assertThat(d.all(first + "/swe:Quantity/@definition")).containsExactly(SosFixture.TEMP, PSAL);
        assertThat(d.all(first + "/swe:Quantity/swe:uom/@code")).containsExactly("degC", "PSU");
        assertThat(d.all(first + "/*/swe:value")).containsExactly("13.5", "38.1", "true");
        String second = "(//om:OM_Observation)[2]/om:result/swe:DataRecord/swe:field";
        assertThat(d.count(second + "[@name='PSAL']/swe:Quantity/swe:value")).as("a null has no value").isZero();
        assertThat(d.text("(//om:OM_Observation)[1]/om:featureOfInterest/@xlink:href")).isEqualTo("OBSEA CTD point");
    }

    /** The temporal filters and GetObservationById apply to complex observations as to the others; other offerings stay simple. */
    @Test
    void filtersApply() {
        XmlDoc latest = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=" + OFFERING
                + "&temporalFilter=om:phenomenonTime,latest"));
        assertThat(latest.all("//om:OM_Observation//swe:field[@name='TEMP']/swe:Quantity/swe:value"))
                .containsExactly("13.6");
        String id = latest.text("//om:OM_Observation/gml:identifier");
        XmlDoc byId = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservationById&observation=" + id));
        assertThat(byId.all("//om:OM_Observation/om:type/@xlink:href")).containsExactly(ComplexResult.COMPLEX);
        assertThat(byId.all("//swe:field/@name")).containsExactly("TEMP", "PSAL", "pump_on");
        XmlDoc simple = ok(sos.kvp("service=SOS&version=2.0.0&request=GetObservation&offering=SBE37_data"));
        assertThat(simple.all("//om:OM_Observation/om:type/@xlink:href")).doesNotContain(ComplexResult.COMPLEX);
    }
}
