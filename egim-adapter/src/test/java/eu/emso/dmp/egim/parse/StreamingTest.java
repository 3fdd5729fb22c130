package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Parsers hand events over while the input is still being read, so a long file or a live
 * stream is never held whole: the first record must arrive long before the end of the input.
 */
class StreamingTest {

    private static final int SAMPLES = 200_000;

    /** An endless-looking input that generates numbered lines and counts the bytes read. */
    private static final class GeneratedInput extends InputStream {
        private final String prefix;
        private final String[] lines;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private long bytesRead;

        GeneratedInput(String prefix, String... lines) {
            this.prefix = prefix;
            this.lines = lines;
            this.current = prefix.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            if (position == current.length) {
                if (next == SAMPLES) {
                    return -1;
                }
                current = lines[next % lines.length].replace("{n}", Integer.toString(next)).getBytes(StandardCharsets.US_ASCII);
                position = 0;
                next++;
            }
            bytesRead++;
            return current[position++] & 0xff;
        }
    }

    @Test
    void optodeRecordsArriveBeforeTheInputIsRead() throws IOException {
        GeneratedInput in = new GeneratedInput("",
                "2015/03/30 00:00:15.376 4831\t379\t354.255\t94.962\t7.658\t32.971\t32.971\t41.373\t8.402\t738.5\t797.6\t448.6\r\n");
        long[] readAtFirstRecord = {-1};
        long[] records = {0};

        new AanderaaOptodeParser().parse(in, e -> {
            if (e instanceof RawRecord && records[0]++ == 0) {
                readAtFirstRecord[0] = in.bytesRead;
            }
        });

        assertThat(records[0]).isEqualTo(SAMPLES);
        assertThat(readAtFirstRecord[0]).isLessThan(in.bytesRead / 100);
    }

    @Test
    void jsonObservationsArriveBeforeTheInputIsRead() throws IOException {
        GeneratedInput in = new GeneratedInput("{\"observations\":[",
                "{\"phenomenonTime\":14859{n},\"value\":13.1436},");
        long[] readAtFirstRecord = {-1};
        long[] records = {0};
        long[] rejected = {0};

        new EmsodevJsonParser("SBE37", "TEMP", "degC").parse(in, e -> {
            if (e instanceof RawRecord && records[0]++ == 0) {
                readAtFirstRecord[0] = in.bytesRead;
            }
            rejected[0] += e instanceof Rejected ? 1 : 0;
        });

        // the generated array never closes: every element is read, then the end is rejected
        assertThat(records[0]).isEqualTo(SAMPLES);
        assertThat(rejected[0]).isEqualTo(1);
        assertThat(readAtFirstRecord[0]).isLessThan(in.bytesRead / 100);
    }
}
