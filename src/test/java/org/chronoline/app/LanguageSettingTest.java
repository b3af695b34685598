package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageSettingTest {
    private static String before;

    /** Tests' own preferences, never the user's (the build sets this; an IDE may not). */
    @BeforeAll
    static void testPreferences() {
        before = System.setProperty("chronoline.prefs", System.getProperty("chronoline.prefs", "test"));
    }

    @AfterAll
    static void asBefore() {
        if (before == null) {
            System.clearProperty("chronoline.prefs");
        }
    }

    @AfterEach
    void forget() {
        new Settings().clear();
    }

    @Test
    void theLanguageChosenIsTheOneToStartInNextTime() {
        LanguageSetting.remember(Locale.GERMAN);

        assertThat(LanguageSetting.chosen()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void withNoLanguageChosenThereIsNone() {
        new Settings().clear();

        assertThat(LanguageSetting.chosen()).isNull();
    }
}
