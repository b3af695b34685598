package org.chronoline.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.chronoline.model.find.SearchQuery;

/**
 * Text with the words a search found in it marked (bold and underlined, as in the list of
 * matches): a search result's title, and in the side panel the selected event's summary and
 * description, so that a student sees why it was found and where.
 */
final class HighlightedText {
    static final String MATCH = "search-match";

    private HighlightedText() {
    }

    /**
     * {@code shown}, text ready to show, as a flow of pieces: those the query finds styled
     * {@link #MATCH} besides {@code textClass}, the rest {@code textClass}.
     */
    static TextFlow flow(String shown, SearchQuery query, String textClass) {
        TextFlow flow = new ReadingDirection.Flow(); // one that may read from the right
        int at = 0;
        for (int[] range : query == null ? List.<int[]>of() : query.highlights(shown)) {
            if (range[0] > at) {
                flow.getChildren().addAll(ShapedWords.pieces(shown.substring(at, range[0]), textClass));
            }
            flow.getChildren().addAll(ShapedWords.pieces(shown.substring(range[0], range[1]), textClass, MATCH));
            at = range[1];
        }
        if (at < shown.length()) {
            flow.getChildren().addAll(ShapedWords.pieces(shown.substring(at), textClass));
        }
        return flow;
    }

    /**
     * A paragraph of the side panel: a wrapping label styled {@code styleClass}, or where the query
     * finds something in it, or its text is shaped on Linux ({@link ShapedWords}), a flow whose
     * pieces are styled {@code styleClass + "-text"}.
     */
    static Node paragraph(String shown, SearchQuery query, String styleClass) {
        boolean found = query != null && !query.isEmpty() && !query.highlights(shown).isEmpty();
        if (!found && !ShapedWords.needed(shown)) {
            return DetailsParts.text(shown, styleClass); // wrapped, in the direction it reads
        }
        TextFlow flow = flow(shown, found ? query : null, styleClass + "-text");
        flow.getStyleClass().addAll(styleClass, "details-flow");
        return ReadingDirection.follow(flow, shown);
    }

    /** The whole text of a flow made here, for a screen reader. */
    static String textOf(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        List<Node> pieces = flow.getChildren();
        pieces.stream().filter(Text.class::isInstance).forEach(piece -> text.append(((Text) piece).getText()));
        return text.toString();
    }
}
