package org.chronoline.cli;

import java.util.Locale;
import org.chronoline.model.DateInput;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.output.Pictures;
import org.chronoline.text.Messages;
import org.chronoline.view.Theme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Values of options as people type them, refused in our words: "--width ten: give a whole number of pixels ...". */
final class Converters {
    private Converters() {
    }

    /** A width or height in pixels that a picture may have. */
    static final class PixelSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int size = Integer.parseInt(value.strip());
                if (size >= 100 && size <= Pictures.MAX_SIDE) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException(Messages.get("cli.error.pixels", Pictures.MAX_SIDE));
        }
    }

    /** A date as the window's Go To Date reads it: 1990, July 2007, 2007-10-12, 480 BCE. */
    static final class Date implements ITypeConverter<HistoricalDate> {
        @Override
        public HistoricalDate convert(String value) {
            try {
                return DateInput.parse(value);
            } catch (InvalidDateException e) {
                throw new TypeConversionException(e.reason());
            }
        }
    }

    /** A theme by its name on the command line: light, dark, high-contrast, projector, projector-dark. */
    static final class ThemeName implements ITypeConverter<Theme> {
        @Override
        public Theme convert(String value) {
            for (Theme theme : Theme.values()) {
                if (name(theme).equalsIgnoreCase(value.strip())) {
                    return theme;
                }
            }
            throw new TypeConversionException(Messages.get("cli.theme.names"));
        }

        static String name(Theme theme) {
            return theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A text size as a percentage of the window's, 50% to 400% (the % may be left out): the factor, 1 for 100%. */
    static final class TextSize implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String number = value.strip();
            number = number.endsWith("%") ? number.substring(0, number.length() - 1).strip() : number;
            try {
                int percent = Integer.parseInt(number);
                if (percent >= 50 && percent <= 400) {
                    return percent / 100.0;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException(Messages.get("cli.textSize.range"));
        }
    }
}
