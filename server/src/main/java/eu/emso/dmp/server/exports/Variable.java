package eu.emso.dmp.server.exports;

/**
 * One exported series: a Datastream, the variable name it has in the files and what the metadata
 * says of it. Immutable.
 *
 * @param datastream   the Datastream id
 * @param thing        the id of its Thing
 * @param name         the variable name, unique in the export: its OceanSITES code, with {@code _2},
 *                     {@code _3} ... when several Datastreams of the selection observe the same
 * @param code         the OceanSITES code, e.g. {@code TEMP}
 * @param longName     the ObservedProperty's description (or name)
 * @param definition   the ObservedProperty's definition (an NVS P01 URI), or ""
 * @param standardName the CF standard name, or null when none is known
 * @param units        the unit symbol
 * @param unitName     the unit name
 * @param unitUri      the unit definition (an NVS P06 URI), or ""
 * @param sensor       the Sensor
 * @param title        the Datastream name
 */
public record Variable(long datastream, long thing, String name, String code, String longName, String definition,
                       String standardName, String units, String unitName, String unitUri, Sensor sensor,
                       String title) {

    /**
     * The instrument that made a series. Immutable.
     *
     * @param id           the Sensor id
     * @param name         its name
     * @param serial       its serial number ({@code properties.serial_number}), or ""
     * @param model        its model ({@code properties.model}), or ""
     * @param manufacturer its manufacturer ({@code properties.manufacturer}), or ""
     * @param reference    its metadata (e.g. an NVS L22 URI), or ""
     */
    public record Sensor(long id, String name, String serial, String model, String manufacturer, String reference) {
        /** The identifier written as {@code sensor_id}: the serial number, else the name. */
        public String identifier() {
            return serial.isBlank() ? name : serial;
        }
    }
}
