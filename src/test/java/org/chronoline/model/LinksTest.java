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

    /** Links.opens, quick for a plain web address, says what openable says of every address, plain or not. */
    @org.junit.jupiter.api.Test
    void opensSaysWhatOpenableSays() {
        java.util.List<String> addresses = new java.util.ArrayList<>(java.util.List.of("https://www.osce.org/node/58665",
                "HTTP://X.ORG", "https://a", "https://a-.org/", "https://-a.org/", "https://example.123/", "https://a..b/",
                "https://a.org./", "https://a.org:99999/p?q=1&r=(2)", "https://a.org:x/", "https://user@x.org/", "https://x.org/%zz",
                "https://x.org/a#b#c", "https://x.org/a b", "https://", "javascript:alert(1)", "mailto:a@b.org", "www.osce.org",
                "https://xn--l-7sba6dbr.com/x", "https://x.org/a'b!c$d*e+f,g;h=i~j", "https://x.org?q", "https://1.2.3.4/"));
        java.util.Random random = new java.util.Random(38);
        String alphabet = "ab1-.:/?#%@~!$&'()*+,;=_ [";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder address = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            for (int n = random.nextInt(16); n > 0; n--) {
                address.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            addresses.add(address.toString());
        }
        for (String address : addresses) {
            assertThat(Links.opens(address)).as(address).isEqualTo(Links.openable(address).isPresent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://аpple.com/"})
    void aLookAlikeHostIsShownAsWhatItIs(String address) {
        URI uri = Links.openable(address).orElseThrow();

        assertThat(Links.target(uri)).startsWith("https://xn--").doesNotContain("apple.com");
    }
}
