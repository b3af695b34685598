package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageSettingTest {
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
