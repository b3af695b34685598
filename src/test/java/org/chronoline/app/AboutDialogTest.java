package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.chronoline.Version;
import org.chronoline.model.DateText;
import org.junit.jupiter.api.Test;

class AboutDialogTest {
    /**
     * About gives the build's time as the timeline writes dates, in the reader's time ("7 December 2026, 12:54"): it was
     * ISO in UTC ("2026-12-07 11:54 UTC") in every language (a language walk-through).
     */
    @Test
    void aboutSaysWhenItWasBuiltAsDatesAreWritten() {
        assertThat(Version.builtAt()).as("the build's time, written by Maven").isNotNull();

        assertThat(AboutDialog.text()).contains("built on " + DateText.moment(Version.builtAt(), ZoneId.systemDefault()) + ". Running on Java ")
                .doesNotContain("UTC");
    }
}
