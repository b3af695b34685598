package org.chronoline.cli;

import org.chronoline.model.DateInput;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.output.Pictures;
import org.chronoline.text.Messages;
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
}
