package app.ripple.classroom.roster;

import app.ripple.base.CsvInput;

/**
 * Roster files (plain CSV and OneRoster tables) as {@link CsvInput} reads them, with the separator
 * guessed from the first lines: spreadsheets in many locales save with semicolons.
 */
final class RosterCsv {

    private RosterCsv() {
    }

    /** The header and at most {@link RosterLimits#MAX_ROWS} records; more sets {@code tooManyRows}. */
    static CsvInput.Result read(String text) {
        return CsvInput.read(text, detectSeparator(text), RosterLimits.MAX_ROWS + 1);
    }

    /**
     * Comma or semicolon, judged from the first lines (at most 10 with any separator outside quotes):
     * a separator found the same number of times on every such line wins over one that is not; then
     * the one found more often; comma on a tie. Reliable with a header row; a single header-less
     * line such as {@code Ana,Luz;Kim} stays ambiguous.
     */
    static char detectSeparator(String s) {
        int[] commas = new int[10];
        int[] semicolons = new int[10];
        int lines = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length() && lines < 10; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas[lines] + semicolons[lines] > 0) {
                    lines++;
                }
            } else if (!quoted && c == ',') {
                commas[lines]++;
            } else if (!quoted && c == ';') {
                semicolons[lines]++;
            }
        }
        if (lines < 10 && commas[lines] + semicolons[lines] > 0) {
            lines++; // last line without line end
        }
        boolean commaSteady = steady(commas, lines);
        boolean semicolonSteady = steady(semicolons, lines);
        if (commaSteady != semicolonSteady) {
            return semicolonSteady ? ';' : ',';
        }
        return sum(semicolons, lines) > sum(commas, lines) ? ';' : ',';
    }

    private static boolean steady(int[] counts, int lines) {
        if (lines == 0 || counts[0] == 0) {
            return false;
        }
        for (int i = 1; i < lines; i++) {
            if (counts[i] != counts[0]) {
                return false;
            }
        }
        return true;
    }

    private static int sum(int[] counts, int lines) {
        int total = 0;
        for (int i = 0; i < lines; i++) {
            total += counts[i];
        }
        return total;
    }
}
