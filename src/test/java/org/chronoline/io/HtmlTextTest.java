package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsParagraphsAndLineBreaks() {
        HtmlText.Result result = HtmlText.convert("<p>The treaty was signed\n   in <b>Paris</b>.</p><p>Line one<br>line two</p>plain tail");

        assertThat(result.text()).isEqualTo("The treaty was signed in Paris.\n\nLine one\nline two\n\nplain tail");
    }

    @Test
    void listItemsBecomeBulletedLines() {
        assertThat(HtmlText.convert("<p>Signed by:</p><ul><li>NATO</li><li>Warsaw <i>Pact</i></li></ul>").text())
                .isEqualTo("Signed by:\n\n\u2022 NATO\n\u2022 Warsaw Pact");
    }

    @Test
    void keepsTheWordsOfLinksAndCollectsTheirAddresses() {
        HtmlText.Result result = HtmlText.convert("See <a href=\"https://www.osce.org/node/58665\">the OSCE page</a> and "
                + "<a href='mailto:a@b.example'>write</a>.");

        assertThat(result.text()).isEqualTo("See the OSCE page and write.");
        assertThat(result.links()).containsExactly(new HtmlText.Link("the OSCE page", "https://www.osce.org/node/58665"),
                new HtmlText.Link("write", "mailto:a@b.example"));
    }

    @Test
    void dropsScriptsStylesHandlersAndEverythingThatIsNotText() {
        String hostile = "<script>alert('x')</script><style>p{color:red}</style>"
                + "<p onclick=\"steal()\">Safe <img src=x onerror=\"alert(1)\">text<iframe src=\"https://evil.example\">inside</iframe></p>"
                + "<!-- a comment --><svg><text>drawn</text></svg><noscript>no</noscript>"
                + "<a href=\"javascript:alert(1)\">click</a>";

        HtmlText.Result result = HtmlText.convert(hostile);

        assertThat(result.text()).isEqualTo("Safe text\n\nclick");
        assertThat(result.links()).containsExactly(new HtmlText.Link("click", "javascript:alert(1)"));
    }

    @Test
    void copesWithBrokenNestingAndEntities() {
        assertThat(HtmlText.convert("<p>One <b>two <i>three</b> four</i><p>&lt;Paris&gt; &amp; Kraków&nbsp;1990").text())
                .isEqualTo("One two three four\n\n<Paris> & Kraków 1990");
        assertThat(HtmlText.convert("").text()).isEmpty();
        assertThat(HtmlText.convert((String) null).text()).isNull();
    }

    @Test
    void aHeadlineIsOneLine() {
        assertThat(HtmlText.line("<h2>CFE Treaty</h2><p>signed</p>")).isEqualTo("CFE Treaty signed");
    }

    @Test
    void textGoesBackAsEscapedParagraphs() {
        String text = "Signed in <Paris> & \"Kraków\".\n\nSecond\nline";

        String html = HtmlText.paragraphs(text);

        assertThat(html).isEqualTo("<p>Signed in &lt;Paris&gt; &amp; &quot;Kraków&quot;.</p><p>Second<br>line</p>");
        assertThat(HtmlText.convert(html).text()).isEqualTo(text);
    }
}
