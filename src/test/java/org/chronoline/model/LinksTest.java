package org.chronoline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.osce.org/node/58665, https://www.osce.org/node/58665",
        "  http://example.org/a?b=c#d  , http://example.org/a?b=c#d",
        "HTTPS://example.org:8443/x, HTTPS://example.org:8443/x",
        "mailto:teacher@school.example, mailto:teacher@school.example",
        "https://россия.example/договор, https://xn--h1alffa9f.example/%D0%B4%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80",
    })
    void opensWebAndMailAddressesAndShowsTheirRealTarget(String address, String target) {
        assertThat(Links.openable(address)).hasValueSatisfying(uri -> assertThat(Links.target(uri)).isEqualTo(target));
    }

    /** As a browser sends them, escaped: the page linked these, the window and the handout did not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.google.com/search?q=\"CFE Treaty\"+<1990> | ",
        "https://example.org/search?q=\"CFE\"&x=<b> | https://example.org/search?q=%22CFE%22&x=%3Cb%3E",
        "https://example.org/a{b}`c | https://example.org/a%7Bb%7D%60c",
    })
    void escapesWhatABrowserEscapes(String address, String target) {
        if (target == null) {
            assertThat(Links.openable(address)).as("a space is still no address").isEmpty();
            return;
        }
        assertThat(Links.openable(address)).hasValueSatisfying(uri -> assertThat(Links.target(uri)).isEqualTo(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/a", "jar:file:/x.jar!/a", "www.example.org", "/relative/path", "https://", "mailto:",
        "mailto:nobody", "https://www.osce.org@evil.example/", "https://user:pass@example.org/",
        "https://example.org/\u202Egpj.exe", "https://exa\u0000mple.org/", "https://example.org/a b", "\\\\server\\share"})
    void neverOpensAnythingElse(String address) {
        assertThat(Links.openable(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://аpple.com/"})
    void aLookAlikeHostIsShownAsWhatItIs(String address) {
        URI uri = Links.openable(address).orElseThrow();

        assertThat(Links.target(uri)).startsWith("https://xn--").doesNotContain("apple.com");
    }
}
