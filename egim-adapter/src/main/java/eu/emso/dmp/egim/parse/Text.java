package eu.emso.dmp.egim.parse;

/** Small text checks shared by the line parsers. Stateless. */
final class Text {

    private Text() {
    }

    /** Whether the line holds only printable ASCII and tabs (no garbled bytes). */
    static boolean isCleanAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text starts (after blanks) with a digit, a sign or a decimal point. */
    static boolean startsNumeric(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }

    /**
     * Parses a finite decimal number.
     *
     * @throws NumberFormatException naming the field when the text is not a finite number
     */
    static double number(String text, String field) {
        String t = text.strip();
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && !t.endsWith("d") && !t.endsWith("D") && !t.endsWith("f") && !t.endsWith("F")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the field name
        }
        throw new NumberFormatException(field + " is not a number: '" + t + "'");
    }
}
