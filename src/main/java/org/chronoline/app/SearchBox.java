package org.chronoline.app;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.MatchSnippet;
import org.chronoline.model.find.SearchQuery;
import org.chronoline.text.Messages;
import org.controlsfx.control.textfield.TextFields;

/**
 * The search field in the toolbar (Ctrl+F) and the list of matches that opens under it. Results
 * follow the typing; each shows its date and its title with the matched words highlighted. Enter
 * or F3 goes to the next match, Shift+F3 to the previous one, Down moves into the list, Esc clears.
 */
final class SearchBox {
    private final Finder finder;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<TimelineEvent> results = new ListView<>();
    /** Said in the list when nothing matches: "No matches", and how many the filter hides. */
    private final Label none = new Label();
    /** "Did you mean “Moscow”?" under it, when a word typed finds nothing and one of the timeline's is near it. */
    private final Button suggestion = new Button();
    /** The list of matches, laid over the window under the field (a layer of the scene, not a separate window). */
    private final VBox overlay = new VBox();
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    private final Runnable returnFocus;
    /** Whether the list is to show the matches: opened by typing, Down or a click, until it is closed. */
    private boolean wanted;

    SearchBox(Finder finder, Runnable returnFocus) {
        this.finder = finder;
        this.returnFocus = returnFocus;
        field.setId("search");
        field.setPromptText(Messages.get("search.prompt"));
        field.setAccessibleText(field.getPromptText()); // named also once something is typed, when the prompt is gone
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(22);
        // The prompt names the field and its key: never cut ("Search (Ctr" at twice the text); the toolbar's buttons
        // go into its overflow menu first.
        field.fontProperty().addListener((o, old, font) -> fitPrompt());
        fitPrompt();
        typing.setOnFinished(e -> finder.queryProperty().set(SearchQuery.parse(field.getText())));
        field.textProperty().addListener((o, old, text) -> {
            typing.playFromStart();
            openResults();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The list opens as something is typed, with Down, or with a click in the field: not as the keys pass through
        // it (Tab, F6), where it covered the timeline they were going to.
        field.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> openResults());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                // Once the keys have moved: a click on "Did you mean" takes them from the field before it is over.
                Platform.runLater(() -> {
                    if (!field.isFocused() && !results.isFocused() && !suggestion.isFocused()) {
                        hideResults();
                    }
                });
            }
        });

        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setItems(finder.matches());
        // Its size is in the stylesheet, in em, so that it grows with View > Text Size.
        results.setCellFactory(v -> new ResultCell());
        results.setOnMouseClicked(e -> openSelectedResult());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedResult();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hideResults();
                field.requestFocus();
            }
        });
        results.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !field.isFocused() && !suggestion.isFocused()) {
                hideResults();
            }
        });
        // (The status line asks "did you mean" too; here the button under it does.)
        none.textProperty().bind(Bindings.createStringBinding(() -> finder.suggestionProperty().get().isEmpty()
                ? finder.searchStatusProperty().get() : Messages.get("status.noMatches"), finder.searchStatusProperty(), finder.suggestionProperty()));
        none.getStyleClass().add("search-none");
        suggestion.setId("search-suggestion");
        suggestion.setMnemonicParsing(false); // "CFE_1A" typed is offered as it is, not as an Alt+1 key
        suggestion.getStyleClass().add("search-suggestion");
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> finder.suggestionProperty().get().isEmpty() ? ""
                : Messages.get("search.didYouMean", DisplayText.inSentence(finder.suggestionProperty().get())), finder.suggestionProperty()));
        suggestion.visibleProperty().bind(finder.suggestionProperty().isNotEmpty());
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        suggestion.setMaxWidth(Double.MAX_VALUE);
        suggestion.setWrapText(true);
        suggestion.setOnAction(e -> takeSuggestion());
        suggestion.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                takeSuggestion();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.UP) {
                field.requestFocus();
                e.consume();
            }
        });
        suggestion.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !field.isFocused() && !results.isFocused()) {
                hideResults();
            }
        });
        // A screen reader hears the offer with the field, as it hears a date field's reading (and said once in the status line).
        field.accessibleHelpProperty().bind(suggestion.textProperty());
        VBox nothing = new VBox(none, suggestion);
        nothing.getStyleClass().add("search-nothing");
        results.setPlaceholder(nothing);
        overlay.getChildren().add(results);
        overlay.getStyleClass().add("search-popup");
        overlay.setManaged(false);
        overlay.setVisible(false);
        finder.matches().addListener((ListChangeListener<TimelineEvent>) c -> followMatches());
        finder.suggestionProperty().addListener((o, old, now) -> followMatches());
        // A large file's first search: the list says "Searching 100,000 events…" until its matches come.
        finder.searchingProperty().addListener((o, was, searching) -> followMatches());
        // The field moves with the window's edge (a resize, another text size): an open list follows it.
        field.localToSceneTransformProperty().addListener((o, was, now) -> {
            if (overlay.isVisible()) {
                showResults();
            }
        });
    }

    /** The layer to put over the window's content, where the list of matches appears. */
    Node overlay() {
        return overlay;
    }

    TextField field() {
        return field;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** The field at least as wide as its prompt, its padding and its clear button (about two and a half ems). */
    private void fitPrompt() {
        Text measure = new Text(field.getPromptText());
        measure.setFont(field.getFont());
        field.setMinWidth(Math.ceil(measure.getLayoutBounds().getWidth() + 2.5 * field.getFont().getSize()));
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER:
            case F3:
                commitTyping();
                finder.step(e.isShiftDown() ? -1 : 1);
                // The match is chosen: its details are to be read, not covered by the list (Down opens it again).
                hideResults();
                e.consume();
                break;
            case DOWN:
                if (typing.getStatus() == Animation.Status.RUNNING) {
                    commitTyping(); // what is typed now, without waiting for the pause: its offer, if any
                }
                if (!results.getItems().isEmpty()) {
                    openResults();
                    results.requestFocus();
                    results.getSelectionModel().selectFirst();
                    e.consume();
                } else if (suggestion.isVisible()) {
                    openResults();
                    suggestion.requestFocus();
                    e.consume();
                }
                break;
            case ESCAPE:
                field.clear();
                commitTyping();
                hideResults();
                returnFocus.run();
                e.consume();
                break;
            default:
        }
    }

    /** Applies what is typed now, without waiting for the pause after typing. */
    private void commitTyping() {
        typing.stop();
        finder.queryProperty().set(SearchQuery.parse(field.getText()));
    }

    /** Searches for what "Did you mean" offers, the keys back in the field at its end, to go on typing or press Enter. */
    private void takeSuggestion() {
        field.setText(finder.suggestionProperty().get());
        commitTyping();
        field.requestFocus();
        field.end();
    }

    private void openSelectedResult() {
        int index = results.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            finder.show(index);
            hideResults();
            returnFocus.run();
        }
    }

    /** New matches, or a search under way: shown when the list is open or opening (typed), left alone when it was closed. */
    private void followMatches() {
        if (wanted) {
            showResults();
        }
    }

    private void openResults() {
        wanted = true;
        showResults();
    }

    private void showResults() {
        if (!field.isFocused() || field.getScene() == null || overlay.getParent() == null || finder.queryProperty().get().isEmpty()) {
            overlay.setVisible(false); // still wanted: typed, the query comes after a pause
            return;
        }
        results.applyCss(); // its size comes from the stylesheet, which may not have reached it yet
        Bounds b = overlay.getParent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double width = Math.max(results.getPrefWidth(), b.getWidth());
        double x = Math.min(b.getMinX(), overlay.getParent().getLayoutBounds().getWidth() - width - 8);
        overlay.resizeRelocate(Math.max(8, x), b.getMaxY() + 2, width, overlay.isVisible() ? overlay.getHeight() : results.getPrefHeight());
        overlay.setVisible(true);
        // Once the list has taken in the new matches (its own listener runs after this one).
        Platform.runLater(this::fitToMatches);
    }

    /** A few matches: the list as tall as they are, so that no empty rows under them cover the timeline; at most its stylesheet height. */
    private void fitToMatches() {
        if (!overlay.isVisible()) {
            return;
        }
        double most = results.getPrefHeight();
        overlay.resize(overlay.getWidth(), most);
        double fitted = heightOfAllMatches();
        if (fitted > 0 && fitted < most) {
            overlay.resize(overlay.getWidth(), fitted);
        }
    }

    /** The height that shows every match, laid out at the list's width; 0 when they do not all fit (the list scrolls). */
    private double heightOfAllMatches() {
        overlay.layout();
        results.layout();
        double rows = 0;
        int shown = 0;
        for (Node node : results.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getIndex() < results.getItems().size()) {
                rows += cell.getHeight();
                shown++;
            }
        }
        if (shown < results.getItems().size()) {
            return 0;
        }
        if (results.getItems().isEmpty()) {
            // The placeholder instead: "No matches", and "Did you mean" when there is one.
            Node nothing = results.getPlaceholder();
            rows = nothing.prefHeight(results.getWidth() - results.snappedLeftInset() - results.snappedRightInset());
        }
        return rows + results.snappedTopInset() + results.snappedBottomInset() + overlay.snappedTopInset() + overlay.snappedBottomInset();
    }

    /** Closes the list until something is typed again, Down is pressed or the field is clicked. */
    void hideResults() {
        wanted = false;
        overlay.setVisible(false);
    }

    /** A match: its date, then its title with the matched words highlighted. */
    private final class ResultCell extends ListCell<TimelineEvent> {
        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            // A screen reader asks a cell for its text, and this one has only a picture of it.
            SearchQuery query = finder.queryProperty().get();
            MatchSnippet.Snippet snippet = MatchSnippet.of(event, query);
            // Which field it is from, when not the text: "Source:" said why "Putin" listed the CFE Treaty's signing in 1990.
            String from = snippet == null || snippet.field() == MatchSnippet.Field.TEXT ? null : fieldName(snippet.field());
            String spoken = Messages.get("search.result.spoken", DisplayText.inSentence(event.title()), event.dateText());
            setAccessibleText(snippet == null ? spoken : spoken + "\n" + (from == null ? "" : from + " ") + snippet.text());
            TextFlow title = highlighted(event.title(), query);
            Label date = new Label(event.dateText());
            date.getStyleClass().add("search-result-date");
            VBox box = new VBox(1, title, date);
            if (snippet != null) {
                // Why it matched, when its title and date do not say.
                TextFlow why = HighlightedText.flow(snippet.text(), query, "search-result-snippet");
                if (from != null) {
                    Text name = new Text(from + " ");
                    name.getStyleClass().addAll("search-result-snippet", "search-result-field");
                    why.getChildren().add(0, name);
                }
                box.getChildren().add(why);
            }
            box.getStyleClass().add("search-result");
            setGraphic(box);
            // As wide as the list, never wider: a long title wraps instead of needing a scroll bar.
            setPrefWidth(0);
        }
    }

    private static String fieldName(MatchSnippet.Field field) {
        return Messages.get(switch (field) {
            case PLACE -> "search.in.place";
            case TAG -> "search.in.tag";
            case PERSON -> "search.in.person";
            default -> "search.in.source";
        });
    }

    static TextFlow highlighted(String text, SearchQuery query) {
        return HighlightedText.flow(DisplayText.line(text), query, "search-result-text");
    }
}
