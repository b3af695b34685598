package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.chronoline.Version;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;

class AboutDialogTest {
    /**
     * About gives the build's time as the timeline writes dates, in the reader's time ("7 December 2026, 12:54"): it was
     * ISO in UTC ("2026-12-07 11:54 UTC") in every language (a language walk-through).
     */
    @Test
    void aboutSaysWhenItWasBuiltAsDatesAreWritten() {
        Messages.use(Locale.ENGLISH);
        String written = Version.built(); // as Maven wrote it: "2026-12-07 11:54 UTC"
        assertThat(written).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        LocalDateTime here = LocalDateTime.parse(written.substring(0, 16), DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"))
                .atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();

        assertThat(AboutDialog.text()).contains("built on " + DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH).format(here)
                + ". Running on Java ").doesNotContain("UTC");
    }
}
