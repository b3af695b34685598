package org.chronoline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageArgumentTest {
    @Test
    void theLanguageIsTakenOutWhereverItStandsInEitherForm() {
        LanguageArgument spaced = LanguageArgument.of(new String[] {"--check", "--lang", "de", "events.json"});
        LanguageArgument joined = LanguageArgument.of(new String[] {"events.json", "--lang=pt-BR"});

        assertThat(spaced.asked()).isEqualTo(Locale.GERMAN);
        assertThat(spaced.rest()).containsExactly("--check", "events.json");
        assertThat(joined.asked()).isEqualTo(Locale.forLanguageTag("pt-BR"));
        assertThat(joined.rest()).containsExactly("events.json");
    }

    @Test
    void withoutALanguageAfterItTheOptionStaysForTheCommandLineToRefuse() {
        LanguageArgument dangling = LanguageArgument.of(new String[] {"--lang"});

        assertThat(dangling.asked()).isNull();
        assertThat(dangling.rest()).containsExactly("--lang");
        assertThat(LanguageArgument.of(new String[0]).rest()).isEmpty();
    }
}
