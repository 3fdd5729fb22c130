"""Replays, with python-requests, the calls an EGIM client of the EMSODEV platform API makes
(the sequence of MOODA's EGIM notebook): observatories, instruments, parameters, metadata,
observations by date range and the latest n. Prints what it read as one JSON object.

Usage: egim_client_replay.py BASE_URL LOGIN PASSWORD START END  (days as dd/MM/yyyy)
"""
import datetime
import json
import sys

import requests


def main(base, login, password, start, end):
    auth = (login, password)

    def get(path, **params):
        r = requests.get(base + path, auth=auth, params=params, timeout=120)
        r.raise_for_status()
        return r.json()

    observatory = get("/observatories")[0]["name"]
    instruments = get("/observatories/%s/instruments" % observatory)["instruments"]
    ctd = [i for i in instruments if i["sensorType"] == "CTD"][0]["name"]
    where = "/observatories/%s/instruments/%s" % (observatory, ctd)
    parameters = get(where + "/parameters")["parameters"]
    record = get(where)["metadataList"][0]
    metadata = {}
    key = None
    for part in record["metadata"].strip("{}").split(", "):
        name, sep, value = part.partition("=")
        if sep and "," not in name:
            key = name
            metadata[key] = value
        else:
            metadata[key] += ", " + part
    observations = get(where + "/parameters/sea_water_temperature", startDate=start, endDate=end)["observations"]
    latest = get(where + "/parameters/sea_water_temperature/limit/3")["observations"]
    anonymous = requests.get(base + "/observatories", timeout=60)
    first = observations[0]
    print(json.dumps({
        "observatory": observatory,
        "instruments": [i["sensorLongName"] for i in instruments],
        "ctd": ctd,
        "parameters": [p["name"] for p in parameters],
        "metadata": metadata,
        "observations": len(observations),
        "first": [datetime.datetime.fromtimestamp(first["phenomenonTime"], datetime.timezone.utc)
                  .strftime("%Y-%m-%d %H:%M:%S"), first["value"]],
        "latest": [o["value"] for o in latest],
        "anonymous": [anonymous.status_code, anonymous.headers.get("WWW-Authenticate", "")],
    }))


if __name__ == "__main__":
    main(*sys.argv[1:6])
