#!/usr/bin/python3
"""Writes the ERDDAP fixture of dataset OBSEA_MO_201402 from the OBSEA CSV (Copernicus Marine
in-situ file MO_TS_MO_OBSEA_201402, as converted by MOODA): the table as ERDDAP's .csv writes it
(header row, units row, ISO 8601 times, NaN for missing numbers) and the dataset's metadata as
ERDDAP's info/{datasetID}/index.csv writes it.  Usage: make_fixture.py OBSEA.csv"""
import csv, sys, datetime, numpy

DATASET = "OBSEA_MO_201402"
# source column -> ERDDAP variable name (two renamed, as ERDDAP administrators often do, so that
# the mapping through standard names is exercised)
RENAME = {"ATMS": "atmospheric_pressure", "ATMS_QC": "atmospheric_pressure_qc",
          "DRYT": "air_temp", "DRYT_QC": "air_temp_qc"}
VARS = {  # code: (long_name, standard_name, units, sdn_parameter_urn or None)
    "ATMS": ("Atmospheric pressure at sea level", "air_pressure_at_sea_level", "hPa", None),
    "CNDC": ("Electrical conductivity", "sea_water_electrical_conductivity", "S m-1", "SDN:P01::CNDCZZ01"),
    "DRYT": ("Air temperature in dry bulb", "air_temperature", "degrees_C", None),
    "PRES": ("Sea pressure", "sea_water_pressure", "dbar", "SDN:P01::PRESPR01"),
    "PSAL": ("Practical salinity", "sea_water_practical_salinity", "0.001", "SDN:P01::PSLTZZ01"),
    "SVEL": ("Sound velocity", "speed_of_sound_in_sea_water", "m s-1", "SDN:P01::SVELXXXX"),
    "TEMP": ("Sea temperature", "sea_water_temperature", "degrees_C", "SDN:P01::TEMPPR01"),
    "WDIR": ("Wind from direction relative true north", "wind_from_direction", "degree", None),
    "WSPD": ("Horizontal wind speed", "wind_speed", "m s-1", None),
}
LAT, LON = 41.182, 1.75235
FLAGS = "no_qc_performed good_data probably_good_data bad_data_that_are_potentially_correctable bad_data value_changed not_used nominal_value interpolated_value missing_value"

def name(c):
    return RENAME.get(c, c)

def f32(s):
    return "NaN" if s == "" else str(numpy.float32(float(s)))

def qc(s):
    return "NaN" if s == "" else str(int(float(s)))

rows = [r for r in csv.DictReader(l for l in open(sys.argv[1]) if not l.startswith("#") and l.strip())]
codes = sorted(VARS)
cols = ["platform_code", "time", "latitude", "longitude", "depth"]
for c in codes:
    cols += [name(c), name(c + "_QC")]
units = ["", "UTC", "degrees_north", "degrees_east", "m"]
for c in codes:
    units += [VARS[c][2], ""]
times = []
with open(DATASET + ".csv", "w", newline="") as out:
    out.write(",".join(cols) + "\n" + ",".join(units) + "\n")
    for r in sorted(rows, key=lambda r: (r["TIME"], float(r["DEPTH"]))):
        t = datetime.datetime.strptime(r["TIME"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
        times.append(t)
        line = ["OBSEA", t.strftime("%Y-%m-%dT%H:%M:%SZ"), str(LAT), str(LON), repr(float(r["DEPTH"]))]
        for c in codes:
            line += [f32(r[c]), qc(r[c + "_QC"])]
        out.write(",".join(line) + "\n")

def attr(w, var, a, typ, val):
    w.writerow(["attribute", var, a, typ, val])

t0, t1 = min(times).timestamp(), max(times).timestamp()
with open(DATASET + ".info.csv", "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Row Type", "Variable Name", "Attribute Name", "Data Type", "Value"])
    g = [("cdm_data_type", "String", "TimeSeries"), ("cdm_timeseries_variables", "String", "platform_code, latitude, longitude"),
         ("citation", "String", "These data were collected and made freely available by the Copernicus project and the programs that contribute to it"),
         ("Conventions", "String", "CF-1.6, COARDS, ACDD-1.3, OceanSITES-Manual-1.2"),
         ("data_mode", "String", "R"), ("featureType", "String", "TimeSeries"),
         ("geospatial_lat_max", "double", str(LAT)), ("geospatial_lat_min", "double", str(LAT)),
         ("geospatial_lon_max", "double", str(LON)), ("geospatial_lon_min", "double", str(LON)),
         ("institution", "String", "SARTI Research Group. Electronics Dept. Universitat Politecnica de Catalunya (UPC)"),
         ("institution_edmo_code", "String", "2150"), ("license", "String", "These data follow Copernicus standards; they are public and free of charge."),
         ("platform_code", "String", "OBSEA"), ("site_code", "String", "OBSEA"), ("source", "String", "moored surface buoy"),
         ("time_coverage_end", "String", max(times).strftime("%Y-%m-%dT%H:%M:%SZ")),
         ("time_coverage_resolution", "String", "PT1H"),
         ("time_coverage_start", "String", min(times).strftime("%Y-%m-%dT%H:%M:%SZ")),
         ("title", "String", "OBSEA Expandable Seafloor Observatory, Med Sea - NRT in situ Observations, February 2014")]
    for a, typ, v in g:
        attr(w, "NC_GLOBAL", a, typ, v)
    w.writerow(["variable", "platform_code", "", "String", ""])
    attr(w, "platform_code", "cf_role", "String", "timeseries_id")
    attr(w, "platform_code", "long_name", "String", "Platform code")
    w.writerow(["variable", "time", "", "double", ""])
    attr(w, "time", "_CoordinateAxisType", "String", "Time")
    attr(w, "time", "actual_range", "double", "%s, %s" % (repr(t0).replace("e+", "E"), repr(t1).replace("e+", "E")))
    attr(w, "time", "axis", "String", "T")
    attr(w, "time", "long_name", "String", "Time")
    attr(w, "time", "standard_name", "String", "time")
    attr(w, "time", "time_origin", "String", "01-JAN-1970 00:00:00")
    attr(w, "time", "units", "String", "seconds since 1970-01-01T00:00:00Z")
    for v, sn, u, ax in (("latitude", "latitude", "degrees_north", "Lat"), ("longitude", "longitude", "degrees_east", "Lon")):
        w.writerow(["variable", v, "", "double", ""])
        attr(w, v, "_CoordinateAxisType", "String", ax)
        attr(w, v, "axis", "String", "Y" if v == "latitude" else "X")
        attr(w, v, "long_name", "String", v.capitalize())
        attr(w, v, "standard_name", "String", sn)
        attr(w, v, "units", "String", u)
    w.writerow(["variable", "depth", "", "double", ""])
    attr(w, "depth", "_CoordinateAxisType", "String", "Height")
    attr(w, "depth", "axis", "String", "Z")
    attr(w, "depth", "long_name", "String", "Depth")
    attr(w, "depth", "positive", "String", "down")
    attr(w, "depth", "standard_name", "String", "depth")
    attr(w, "depth", "units", "String", "m")
    for c in codes:
        ln, sn, u, urn = VARS[c]
        v, q = name(c), name(c + "_QC")
        w.writerow(["variable", v, "", "float", ""])
        attr(w, v, "_FillValue", "float", "NaN")
        attr(w, v, "ancillary_variables", "String", q)
        attr(w, v, "ioos_category", "String", "Unknown")
        attr(w, v, "long_name", "String", ln)
        if urn:
            attr(w, v, "sdn_parameter_urn", "String", urn)
        attr(w, v, "standard_name", "String", sn)
        attr(w, v, "units", "String", u)
        w.writerow(["variable", q, "", "byte", ""])
        attr(w, q, "_FillValue", "byte", "127")
        attr(w, q, "conventions", "String", "OceanSITES reference table 2")
        attr(w, q, "flag_meanings", "String", FLAGS)
        attr(w, q, "flag_values", "byte", "0, 1, 2, 3, 4, 5, 6, 7, 8, 9")
        attr(w, q, "long_name", "String", "quality flag")
