"""Reads an SOS 2.0 service with OWSLib and prints what it understood as JSON.

Usage: owslib_client.py SERVICE_URL OFFERING OBSERVED_PROPERTY
"""
import json
import sys

from owslib.etree import etree
from owslib.sos import SensorObservationService
from owslib.swe.observation.sos200 import SOSGetObservationResponse

url, offering, prop = sys.argv[1:4]
service = SensorObservationService(url, version="2.0.0")
off = service.contents[offering]
raw = service.get_observation(offerings=[offering], observedProperties=[prop],
                              responseFormat="http://www.opengis.net/om/2.0")
response = SOSGetObservationResponse(etree.fromstring(raw))
observations = list(response)
first = observations[0]
print(json.dumps({
    "title": service.identification.title,
    "offerings": sorted(service.contents.keys()),
    "procedures": off.procedures,
    "observed_properties": off.observed_properties,
    "begin": off.begin_position.isoformat() if off.begin_position else None,
    "operations": sorted(o.name for o in service.operations),
    "count": len(observations),
    "first_value": first.get_result().value,
    "first_uom": first.get_result().uom,
    "first_time": first.resultTime.isoformat() if first.resultTime else None,
    "first_procedure": first.procedure,
}))
