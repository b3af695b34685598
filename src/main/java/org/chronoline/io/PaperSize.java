package org.chronoline.io;

import java.util.Locale;
import java.util.Set;

/** The two papers printers hold: A4 nearly everywhere, Letter in the Americas' Letter countries. Sizes in points. */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612, 792);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "CR", "GT", "DO", "SV",
            "NI", "PA", "BZ");

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The paper usual where the user is (the country of {@code where}, as the system's region gives it). */
    public static PaperSize usual(Locale where) {
        return LETTER_COUNTRIES.contains(where.getCountry()) ? LETTER : A4;
    }
}
