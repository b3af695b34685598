package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.chronoline.model.IsoDates;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;
import org.junit.jupiter.api.Test;

/** What a screen reader says of each step's tile in the overview of a presentation (G). */
class StepOverviewTest {
    /** A date that ends with a full stop, as Russian writes a year ("1986 г."), is followed by one: it was read "г.. Reagan". */
    @Test
    void aTileIsReadWithOneFullStopAfterItsDate() {
        TimelineEvent summit = TimelineEvent.point("reykjavik", "Reagan and Gorbachev meet in Reykjavík", IsoDates.parse("1986-10-11"));
        Locale was = Messages.locale();
        try {
            Messages.use(Locale.forLanguageTag("ru"));
            assertThat(StepOverview.spoken(7, summit)).isEqualTo("7. 11 октября 1986 г. Reagan and Gorbachev meet in Reykjavík");
            Messages.use(Locale.ENGLISH);
            assertThat(StepOverview.spoken(7, summit)).isEqualTo("7. 11 October 1986. Reagan and Gorbachev meet in Reykjavík");
        } finally {
            Messages.use(was);
        }
    }
}
