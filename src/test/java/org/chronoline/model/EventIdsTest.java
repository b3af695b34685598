package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void generatesTheSameReadableIdFromTitleAndDate() {
        HistoricalDate date = IsoDates.parse("1990-11-19");

        assertThat(EventIds.generate("CFE Treaty signed in Paris!", date, Set.of()))
                .isEqualTo("cfe-treaty-signed-in-paris-1990-11-19")
                .isEqualTo(EventIds.generate("CFE Treaty signed in Paris!", date, Set.of()));
    }

    @Test
    void foldsAccentsAndAvoidsIdsAlreadyTaken() {
        HistoricalDate date = IsoDates.parse("2007-12-12T00:00");

        assertThat(EventIds.generate("Kraków talks", date, Set.of())).isEqualTo("krakow-talks-2007-12-12t00-00");
        assertThat(EventIds.generate("Talks", IsoDates.parse("2007"), Set.of("talks-2007", "talks-2007-2")))
                .isEqualTo("talks-2007-3");
        assertThat(EventIds.generate("???", IsoDates.parse("-0479"), Set.of())).isEqualTo("event--0479");
    }
}
