package org.chronoline.io;

import java.io.IOException;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Glyphs that stand for other text in a PDF's text layer (a span's {@code ActualText}): a mark printed for an
 * emoji the font lacks is copied, searched and read aloud as the emoji, not as the replacement character.
 *
 * <p>The span's properties are written in the content stream itself. PDFBox's own way names them in the page's
 * resources ({@code beginMarkedContent} with a property list), and poppler's text layer (pdftotext, Evince,
 * Okular) ignores {@code ActualText} given so: it still gave U+FFFD (tried). Written in place, both read it.
 */
final class PdfActualText {
    private PdfActualText() {
    }

    /** Shows {@code shown} in the current text object, as {@code actual} for whoever reads the text (null: as itself). */
    @SuppressWarnings("deprecation") // appendRawCommands: the one way to write a property list in place; see above
    static void show(PDPageContentStream page, String shown, String actual) throws IOException {
        if (actual == null || actual.equals(shown)) {
            page.showText(shown);
            return;
        }
        // A text string in hexadecimal (UTF-16 with its byte order mark where it is not plain PDFDocEncoding): no
        // character of the file's can close the string or the dictionary.
        page.appendRawCommands("/Span <</ActualText <" + new COSString(actual).toHexString() + ">>> BDC\n");
        page.showText(shown);
        page.endMarkedContent();
    }
}
