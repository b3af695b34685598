package org.chronoline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.IsoDates;
import org.chronoline.model.Precision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chronoline speaks English, German, French, Russian and Polish: every message in every language,
 * with the same placeholders, plurals by each language's rules, and dates as each language writes
 * them, which also read back in every language.
 */
class LanguagesTest {
    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/chronoline/text/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr", "_ru", "_pl"})
    void everyMessageIsTranslatedWithTheSamePlaceholders(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(suffix);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        extra.remove("date.input.yearWords"); // Russian writes "г." after a year
        assertThat(extra).as("keys English does not have").isEmpty();
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s%s", key, suffix).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s%s", key, suffix)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /**
     * French sets "? ; : !" apart by a space that does not break, and French and German set a
     * percentage's sign so: an ordinary one lets the sign start the next line ("quand" / "? Espace").
     */
    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_de"})
    void punctuationKeepsToItsWordAcrossLines(String suffix) throws IOException {
        Properties translated = bundle(suffix);
        java.util.regex.Pattern loose = java.util.regex.Pattern.compile(suffix.equals("_fr") ? " [?;:!%»]|« " : " %");
        List<String> broken = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            if (loose.matcher(translated.getProperty(key)).find()) {
                broken.add(key + "=" + translated.getProperty(key));
            }
        }
        assertThat(broken).as("an ordinary space where a no-break space belongs").isEmpty();
    }

    /** A date that ends with a full stop ends its sentence with it, as in print: "г.", not "г..". */
    @Test
    void aValueEndingWithAFullStopEndsTheSentenceWithIt() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(Messages.get(ru, "study.when.youChose", "19 ноября 1990 г.")).isEqualTo("Ваш ответ: 19 ноября 1990 г.");
        assertThat(Messages.get(ru, "study.when.exact", 100, "19 ноября 1990 г.")).isEqualTo("100 баллов: верно, это было 19 ноября 1990 г.");
        assertThat(Messages.get(Locale.GERMAN, "study.when.youChose", "480 v. Chr.")).isEqualTo("Ihre Wahl: 480 v. Chr.");
        assertThat(Messages.get(Locale.ENGLISH, "study.when.youChose", "1990")).isEqualTo("You chose 1990.");
    }

    @Test
    void countsUseEachLanguagesPluralForms() {
        Locale ru = Locale.forLanguageTag("ru");
        Locale pl = Locale.forLanguageTag("pl");
        assertThat(List.of(1, 2, 5, 21, 22, 25, 1000).stream().map(n -> Messages.get(Locale.ENGLISH, "status.matches", n)))
                .containsExactly("1 match", "2 matches", "5 matches", "21 matches", "22 matches", "25 matches", "1,000 matches");
        assertThat(Messages.get(ru, "status.events", 1, "1990")).startsWith("1 событие");
        assertThat(Messages.get(ru, "status.events", 3, "1990")).startsWith("3 события");
        assertThat(Messages.get(ru, "status.events", 5, "1990")).startsWith("5 событий");
        assertThat(Messages.get(ru, "status.events", 21, "1990")).startsWith("21 событие");
        assertThat(Messages.get(pl, "status.events", 2, "1990")).startsWith("2 wydarzenia");
        assertThat(Messages.get(pl, "status.events", 5, "1990")).startsWith("5 wydarzeń");
        assertThat(Messages.get(pl, "status.events", 22, "1990")).startsWith("22 wydarzenia");
        assertThat(Messages.get(Locale.GERMAN, "status.matches", 1000)).startsWith("1.000");
        // Limits in error messages: grouped as the language groups digits, the noun in the number's form.
        assertThat(Messages.get(ru, "problem.text.tooLong", 10_001, 10_000))
                .startsWith("длина этого текста — 10\u00a0001 символ; здесь Chronoline читает не больше 10\u00a0000 символов.");
        assertThat(Messages.get(ru, "image.refused.tooLarge", "a.png", 40_000, 30_002)).contains("размером 40\u00a0000 на 30\u00a0002 пикселя");
        assertThat(Messages.get(pl, "problem.text.tooLong", 10_002, 10_000)).startsWith("ten tekst ma 10\u00a0002 znaki; Chronoline czyta tu najwyżej"
                + " 10\u00a0000 znaków.");
        assertThat(Messages.get(Locale.GERMAN, "problem.list.tooLong", 1_000_000, 10_000)).startsWith("diese Liste hat 1.000.000 Einträge;"
                + " Chronoline liest höchstens 10.000.");
        assertThat(Messages.get(Locale.ENGLISH, "problem.text.tooLong", 10_001, 10_000)).startsWith("this text is 10,001 characters long;");
        assertThat(Messages.get(Locale.GERMAN, "image.reduced", 12_000, 8_000)).endsWith("Das Bild hat 12.000 × 8.000 Pixel.");
        assertThat(Messages.get(pl, "image.reduced", 12_000, 8_002).replace('\u00a0', ' ')).endsWith(" na 8 002 piksele.");
        assertThat(Messages.get(ru, "image.reduced", 12_000, 8_001)).endsWith(" на 8\u00a0001 пиксель.");
        for (Locale language : Messages.LANGUAGES) {
            for (int n : new int[] {0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 1_000_000}) {
                for (String key : List.of("status.events", "status.shown", "cli.check.ok", "edit.deleteEvents", "print.count",
                        "handout.intro", "categories.delete.header")) {
                    assertThat(Messages.get(language, key, n, n, n, n)).as("%s %s %d", language, key, n).doesNotContain("{", "}");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | 19 November 1990 | July 2007 | 480 BCE | 12 – 15 June 2007 | 15 March 44 BCE",
        "de | 19. November 1990 | Juli 2007 | 480 v. Chr. | 12. – 15. Juni 2007 | 15. März 44 v. Chr.",
        "fr | 19 novembre 1990 | juillet 2007 | 480 av. J.-C. | 12 – 15 juin 2007 | 15 mars 44 av. J.-C.",
        "ru | 19 ноября 1990 г. | июль 2007 г. | 480 до н. э. | 12 – 15 июня 2007 г. | 15 марта 44 г. до н. э.",
        "pl | 19 listopada 1990 | lipiec 2007 | 480 p.n.e. | 12 – 15 czerwca 2007 | 15 marca 44 p.n.e."})
    void datesAreWrittenAsEachLanguageWritesThem(String language, String day, String month, String bce, String span, String bceDay) {
        Messages.use(Locale.forLanguageTag(language));

        assertThat(DateText.format(IsoDates.parse("1990-11-19"))).isEqualTo(day);
        assertThat(DateText.format(IsoDates.parse("2007-07"))).isEqualTo(month);
        assertThat(DateText.format(IsoDates.parse("-0479"))).isEqualTo(bce);
        assertThat(DateText.formatSpan(IsoDates.parse("2007-06-12"), IsoDates.parse("2007-06-15"))).isEqualTo(span);
        assertThat(DateText.format(IsoDates.parse("-0043-03-15"))).isEqualTo(bceDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ru", "pl"})
    void everyDateReadsBackInEveryLanguageAtEveryPrecision(String language) {
        List<String> dates = List.of("1990", "2007-07", "1990-11-19", "2007-12-12T14:30", "2007-12-12T00:00:05", "-0479", "-0043-03",
                "-0043-03-15", "+12000", "-12000-01-01", "0000", "0001-02-28");
        for (String iso : dates) {
            HistoricalDate date = IsoDates.parse(iso);
            Messages.use(Locale.forLanguageTag(language));
            String written = DateText.format(date);
            for (Locale reader : Messages.LANGUAGES) {
                Messages.use(reader);
                assertThat(DateInput.parse(written)).as("%s written in %s, read in %s", written, language, reader).isEqualTo(date);
            }
        }
        Messages.use(Locale.forLanguageTag(language));
        HistoricalDate hour = HistoricalDate.of(Precision.HOUR, 2007, 12, 12, 14, 0, 0);
        assertThat(DateInput.parse(DateText.format(hour)).startSecond()).as("an hour reads back as that hour's first minute")
                .isEqualTo(hour.startSecond());
    }

    @Test
    void datesTypedInAnyLanguageAreRead() {
        assertThat(DateInput.parse("Juli 2007")).isEqualTo(IsoDates.parse("2007-07"));
        assertThat(DateInput.parse("juillet 2007")).isEqualTo(IsoDates.parse("2007-07"));
        assertThat(DateInput.parse("июль 2007")).isEqualTo(IsoDates.parse("2007-07"));
        assertThat(DateInput.parse("lipiec 2007")).isEqualTo(IsoDates.parse("2007-07"));
        assertThat(DateInput.parse("14 июля 2007 года")).isEqualTo(IsoDates.parse("2007-07-14"));
        assertThat(DateInput.parse("44 v.Chr.")).isEqualTo(IsoDates.parse("-0043"));
        assertThat(DateInput.parse("480 avant J.-C.")).isEqualTo(IsoDates.parse("-0479"));
        assertThat(DateInput.parse("12.000 v. Chr.")).as("grouped as German groups").isEqualTo(IsoDates.parse("-11999"));
        assertThat(DateInput.parse("12 listopad 1990")).isEqualTo(IsoDates.parse("1990-11-12"));
        assertThat(DateInput.parse("2007 AD")).isEqualTo(IsoDates.parse("2007"));
    }
}
