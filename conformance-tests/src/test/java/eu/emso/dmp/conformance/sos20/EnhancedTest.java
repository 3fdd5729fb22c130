package eu.emso.dmp.conformance.sos20;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.server.sos.support.XmlDoc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Enhanced ({@code http://www.opengis.net/spec/SOS/2.0/conf/foiRetrieval} and
 * {@code .../obsByIdRetrieval}), the GetFeatureOfInterest and GetObservationById groups of
 * ets-sos20: the sampling features of the data set by identifier, procedure and BBOX with their
 * positions; an observation read again by the identifier GetObservation gave it; unknown
 * identifiers and missing parameters as exception reports naming the parameter.
 */
class EnhancedTest extends SosServerTest {

    @Test
    @DisplayName("GetFeatureOfInterest by procedure answers both stations as sampling points at their positions")
    void featuresOfTheProcedure() {
        XmlDoc d = ok(sos.get("GetFeatureOfInterest", "procedure", PROCEDURE));
        String f = "//sos:featureMember/sams:SF_SpatialSamplingFeature";
        assertThat(d.all(f + "/gml:identifier")).containsExactlyInAnyOrder(OBSEA, W1M3A);
        String pos = d.text(f + "[gml:identifier='" + OBSEA + "']/sams:shape/gml:Point/gml:pos");
        String[] latLon = pos.trim().split("\\s+");
        assertThat(Double.parseDouble(latLon[0])).isEqualTo(OceanDataSet.OBSEA_POINT.latitude());
        assertThat(Double.parseDouble(latLon[1])).isEqualTo(OceanDataSet.OBSEA_POINT.longitude());
    }

    @Test
    @DisplayName("GetFeatureOfInterest by featureOfInterest and by spatialFilter selects one station")
    void featureByIdentifierAndBbox() {
        XmlDoc byId = ok(sos.get("GetFeatureOfInterest", "featureOfInterest", W1M3A));
        assertThat(byId.all("//sams:SF_SpatialSamplingFeature/gml:identifier")).containsExactly(W1M3A);
        XmlDoc byBox = ok(sos.get("GetFeatureOfInterest", "procedure", PROCEDURE,
                "spatialFilter", "om:featureOfInterest/*/sams:shape,41,1,42,2"));
        assertThat(byBox.all("//sams:SF_SpatialSamplingFeature/gml:identifier")).containsExactly(OBSEA);
        exception(sos.get("GetFeatureOfInterest", "featureOfInterest", "no such station"), 400,
                "InvalidParameterValue", "featureOfInterest");
        exception(sos.get("GetFeatureOfInterest", "procedure", "no such sensor"), 400, "InvalidParameterValue", "procedure");
    }

    @Test
    @DisplayName("GetObservationById answers the observation GetObservation identified; unknown or missing ids are refused")
    void observationById() {
        XmlDoc latest = ok(sos.get("GetObservation", "offering", OFFERING, "observedProperty", PSAL,
                "temporalFilter", "om:phenomenonTime,latest"));
        String id = latest.text("//om:OM_Observation/gml:identifier");
        assertThat(id).isNotBlank();
        XmlDoc byId = ok(sos.get("GetObservationById", "observation", id));
        assertThat(byId.all("//om:OM_Observation/gml:identifier")).containsExactly(id);
        assertThat(Double.parseDouble(byId.text("//om:OM_Observation/om:result")))
                .isEqualTo(OceanDataSet.OBSEA_PSAL.value(OceanDataSet.OBSEA_PSAL.size() - 1).doubleValue());
        assertThat(byId.text("//om:OM_Observation/om:phenomenonTime//gml:timePosition"))
                .isEqualTo(OceanDataSet.OBSEA_PSAL.lastTime().toString());
        exception(sos.get("GetObservationById", "observation", "999999999"), 400, "InvalidParameterValue", "observation");
        exception(sos.get("GetObservationById"), 400, "MissingParameterValue", "observation");
    }
}
