package org.chronoline.app;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.study.OrderRound;
import org.chronoline.model.study.StudyProgress;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * "Put in order": five to eight cards to arrange in time order, by dragging them or with Alt + ↑
 * and Alt + ↓ on the selected one; Enter checks. The check shows each card's date, marks what is
 * out of place with the card it stands on the wrong side of. With cards out of place the student
 * may try again (T, or Enter) with the same cards where they left them, or see them in the order
 * they happened (S); in that order, or all right, the cards are revealed on a timeline too. N deals
 * a new round. A card out of place
 * goes back to the first box of the student's cards.
 */
final class OrderPane extends BorderPane implements StudyMode.StudyPane {
    private final List<TimelineEvent> set;
    private final TimelineContent content;
    private final StudyProgress progress;
    private final Runnable changed;
    private final Random random;
    private final ObservableList<TimelineEvent> arranged = FXCollections.observableArrayList();
    private final ListView<TimelineEvent> list = new ListView<>(arranged);
    private final Label result = new Label();
    private final Button check = new Button(Messages.get("study.order.check"));
    private final Button again = new Button(Messages.get("study.order.again"));
    private final Button retry = new Button(Messages.get("study.order.retry"));
    private final Button show = new Button(Messages.get("study.order.show"));
    private final TimelineView revealed = new TimelineView();
    private OrderRound.Result checked;
    /** The cards out of place at the check before Show the Order: marked so in the order shown. */
    private Set<String> outOfPlaceWhenShown = Set.of();
    /** The cards of this round put out of place at a check: put right after Try Again, with the marks seen, they stay missed. */
    private final Set<String> missedThisRound = new HashSet<>();
    /** Whether the cards stand in time order, shown after a check rather than arranged by the student. */
    private boolean showingOrder;

    OrderPane(List<TimelineEvent> set, TimelineContent content, StudyProgress progress, Runnable changed, Random random) {
        this.set = set;
        this.content = content;
        this.progress = progress;
        this.changed = changed;
        this.random = random;
        getStyleClass().add("study-pane");

        Label prompt = new Label(Messages.get("study.order.prompt"));
        prompt.setWrapText(true);
        prompt.getStyleClass().add("study-prompt");
        list.setId("order-cards");
        list.getStyleClass().add("study-cards");
        list.setAccessibleText(Messages.get("study.order.prompt"));
        list.setCellFactory(v -> new CardCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        check.setId("order-check");
        check.setDefaultButton(true);
        check.setOnAction(e -> check());
        again.setId("order-again");
        again.setOnAction(e -> deal());
        retry.setId("order-retry");
        retry.setOnAction(e -> tryAgain());
        show.setId("order-show");
        show.setOnAction(e -> showOrder());
        result.setId("order-result");
        result.getStyleClass().add("study-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE); // its line kept all round, empty or not: the cards did not jump at the first move
        // The sentence on a line of its own, over buttons that wrap as whole buttons: beside them at 170% text it
        // took their room, and they read "…", "T…", "Show t…" (a walk-through).
        FlowPane buttons = new FlowPane(10, 8, check, retry, show, again);
        buttons.setAlignment(Pos.CENTER_LEFT);
        revealed.setId("order-timeline");
        revealed.setLayoutMode(LayoutMode.COMPACT);
        revealed.setOverviewVisible(false);
        revealed.setFocusTraversable(false);
        revealed.setPrefHeight(220);
        revealed.setMinHeight(160);
        offer(revealed, false);
        setTop(prompt);
        setCenter(list);
        setBottom(new VBox(10, result, buttons, revealed));
        deal();
    }

    /** A new round from the set. */
    void deal() {
        OrderRound round = OrderRound.deal(set, OrderRound.MOST - random.nextInt(4), random);
        checked = null; // before the cards change: the cells draw the new ones unmarked
        missedThisRound.clear();
        arranged.setAll(round.cards());
        result.setText("");
        arrange();
        list.getSelectionModel().select(0);
    }

    /**
     * After a check with cards out of place: the marks go and the cards stay where they were, to be
     * moved and checked again. The cards missed stay missed in the student's boxes.
     */
    void tryAgain() {
        if (checked == null || checked.allRight() || showingOrder) {
            return;
        }
        int wrong = checked.placements().size() - checked.right();
        checked = null;
        result.setText(Messages.get("study.order.retrying", wrong));
        arrange();
        list.requestFocus();
    }

    /** After a check: the cards in the order they happened, each with its date; then only a new round. */
    void showOrder() {
        if (checked == null || showingOrder) {
            return;
        }
        showingOrder = true;
        // What the student had right stays seen: every card ticked in the right order read as a perfect round (a walk-through).
        int had = checked.right();
        outOfPlaceWhenShown = checked.placements().stream().filter(p -> !p.right()).map(p -> p.event().id()).collect(Collectors.toSet());
        arranged.setAll(OrderRound.of(arranged).inTimeOrder());
        checked = OrderRound.check(arranged); // every card right, each line with its date
        result.setText(Messages.get("study.order.shown", had, arranged.size()));
        offerAfterCheck();
        list.getSelectionModel().select(0);
        list.requestFocus();
    }

    /** The cards movable, Check the default button: a new round, or the same cards again. */
    private void arrange() {
        showingOrder = false;
        check.setDisable(false);
        check.setDefaultButton(true);
        again.setDefaultButton(false);
        retry.setDefaultButton(false);
        offer(retry, false);
        offer(show, false);
        offer(revealed, false);
        list.refresh();
    }

    /**
     * The buttons after a check: with cards out of place Try Again (the default, Enter) and Show
     * the Order; New Round always. Check has nothing left to check.
     */
    private void offerAfterCheck() {
        boolean mistakes = !checked.allRight() && !showingOrder;
        check.setDisable(true);
        check.setDefaultButton(false);
        offer(retry, mistakes);
        offer(show, mistakes);
        retry.setDefaultButton(mistakes);
        again.setDefaultButton(!mistakes);
        list.refresh();
        // The timeline of the answer with the cards a line each (every card right, or the order shown). Beside the
        // marks and their reasons, two lines a card, it left the list six of eight cards, a cross below its fold.
        if (!mistakes) {
            reveal();
        }
        offer(revealed, !mistakes);
    }

    /** A button of the round's, or the timeline, offered or out of the way (not even its room kept). */
    private static void offer(Node node, boolean offered) {
        node.setVisible(offered);
        node.setManaged(offered);
    }

    List<TimelineEvent> arranged() {
        return List.copyOf(arranged);
    }

    /** Marks where the card at {@code from} would land if dropped on the card at {@code over}, as a drag over it does; -1 clears. */
    void markLanding(int from, int over) {
        for (javafx.scene.Node node : list.lookupAll(".list-cell")) {
            if (node instanceof CardCell cell) {
                cell.markLanding(cell.getIndex() == over ? from : -1);
            }
        }
    }

    /** Moves the card at {@code from} to {@code to}, as a drag or Alt + ↑/↓ does. */
    void move(int from, int to) {
        if (checked != null || from == to || from < 0 || to < 0 || from >= arranged.size() || to >= arranged.size()) {
            return;
        }
        TimelineEvent card = arranged.remove(from);
        arranged.add(to, card);
        list.getSelectionModel().select(to);
        list.scrollTo(to);
        list.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        result.setText(Messages.get("study.order.moved", DisplayText.inSentence(card.title()), to + 1, arranged.size()));
    }

    /** Checks the order: marks each card and explains what is out of place; with every card right, reveals the timeline. */
    void check() {
        if (checked != null) {
            deal();
            return;
        }
        checked = OrderRound.check(arranged);
        for (OrderRound.Placement p : checked.placements()) {
            String id = p.event().id();
            if (!missedThisRound.contains(id)) { // one put right after Try Again, its place shown, stays missed
                progress.placed(id, p.right());
            }
            if (!p.right()) {
                missedThisRound.add(id);
            }
        }
        changed.run();
        result.setText(checked.allRight() ? Messages.get("study.order.allRight", arranged.size())
                : Messages.get("study.order.result", checked.right(), arranged.size(), arranged.size() - checked.right()));
        offerAfterCheck();
    }

    OrderRound.Result checked() {
        return checked;
    }

    String resultText() {
        return result.getText();
    }

    /** The round's events alone on a timeline, in their real places. */
    private void reveal() {
        List<String> ids = arranged.stream().map(TimelineEvent::id).toList();
        revealed.setContent(StudyMode.only(content, arranged));
        revealed.getSelectedIds().clear();
        revealed.getSelectedIds().addAll(ids);
        revealed.fitAll();
    }

    private void onKey(KeyEvent e) {
        int at = list.getSelectionModel().getSelectedIndex();
        if ((e.isAltDown() || e.isShortcutDown()) && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(at, at + (e.getCode() == KeyCode.UP ? -1 : 1));
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (retry.isDefaultButton()) {
                tryAgain();
            } else {
                check();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.N && checked != null) {
            deal();
            e.consume();
        } else if (e.getCode() == KeyCode.T && retry.isVisible()) {
            tryAgain();
            e.consume();
        } else if (e.getCode() == KeyCode.S && show.isVisible()) {
            showOrder();
            e.consume();
        }
    }

    @Override
    public void focusFirst() {
        list.requestFocus();
    }

    private static final javafx.css.PseudoClass LANDS_ABOVE = javafx.css.PseudoClass.getPseudoClass("lands-above");
    private static final javafx.css.PseudoClass LANDS_BELOW = javafx.css.PseudoClass.getPseudoClass("lands-below");

    /** One card: its title; after the check, a mark, its date and why it is out of place. */
    private final class CardCell extends ListCell<TimelineEvent> {
        /**
         * The card's number, a node of its own at the left: in the cell's text, a number before an Arabic or Hebrew
         * title was set at its right end ("عنوان  .2"), as a line whose first letter reads from the right is set.
         */
        private final Label number = new Label();
        /** The card's text, as the cell's (kept there for what reads it), wrapping beside its number. */
        private final Label shown = new Label();

        CardCell() {
            setPrefWidth(0);
            for (Label part : List.of(number, shown)) {
                part.fontProperty().bind(fontProperty());
                part.textFillProperty().bind(textFillProperty());
            }
            number.getStyleClass().add("order-number");
            shown.getStyleClass().add("order-line");
            shown.textProperty().bind(textProperty());
            // The explanation wraps within the list instead of running off to the right.
            shown.setWrapText(true);
            shown.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(shown, Priority.ALWAYS);
            // The number beside the card's first line, not between its two (a cell's own graphic is centred).
            HBox row = new HBox(number, shown);
            row.setAlignment(Pos.TOP_LEFT);
            row.spacingProperty().bind(graphicTextGapProperty());
            setGraphic(row);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setOnDragDetected(e -> {
                if (getItem() == null || checked != null) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent index = new ClipboardContent();
                index.putString(Integer.toString(getIndex()));
                board.setContent(index);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    markLanding(e.getGestureSource() instanceof CardCell cell && cell.getListView() == getListView() ? cell.getIndex() : -1);
                }
                e.consume();
            });
            setOnDragExited(e -> markLanding(-1));
            setOnDragDropped(e -> {
                markLanding(-1);
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    move(Integer.parseInt(e.getDragboard().getString()), Math.min(getIndex(), arranged.size() - 1));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        /**
         * Where a card dragged over this one would land, as a line on the side it would take: above this card when it
         * comes from further down, below it when from further up. Only a small drag icon showed, and a student could not
         * tell where the card would go (a student's walk-through). {@code from} is the dragged card's place; -1 clears the line.
         */
        void markLanding(int from) {
            int to = Math.min(getIndex(), arranged.size() - 1);
            boolean shown = from >= 0 && from != to && checked == null;
            boolean pastTheLast = getIndex() > to; // an empty row under the cards: the card goes last, under the last one
            pseudoClassStateChanged(LANDS_ABOVE, shown && (pastTheLast || from > to));
            pseudoClassStateChanged(LANDS_BELOW, shown && !pastTheLast && from < to);
        }

        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            getStyleClass().removeAll("study-right", "study-wrong");
            if (empty || event == null) {
                setText(null);
                number.setText(null);
                setAccessibleText(null);
                return;
            }
            number.setText((getIndex() + 1) + "."); // also after the check: "3.  ✗" says where to look
            if (checked == null || getIndex() >= checked.placements().size()) {
                setText(DisplayText.line(event.title()));
                setAccessibleText(numbered());
                return;
            }
            OrderRound.Placement p = checked.placements().get(getIndex());
            String title = DisplayText.inSentence(event.title());
            String date = event.dateOnScreen(); // kept whole where the line wraps
            if (showingOrder) { // every card in its place, marked as the student had it
                boolean had = !outOfPlaceWhenShown.contains(event.id());
                getStyleClass().add(had ? "study-right" : "study-wrong");
                setText(Messages.get(had ? "study.order.right" : "study.order.wrong", title, date));
                setAccessibleText(Messages.get(had ? "study.order.shown.right.said" : "study.order.shown.wrong.said") + " " + numbered());
                return;
            }
            getStyleClass().add(p.right() ? "study-right" : "study-wrong");
            String line = Messages.get(p.right() ? "study.order.right" : "study.order.wrong", title, date);
            TimelineEvent other = p.before() != null ? p.before() : p.after();
            String why = p.right() ? null : Messages.get(p.before() != null ? "study.order.cameBefore" : "study.order.cameAfter",
                    DisplayText.inSentence(other.title()), other.dateOnScreen(), title, date);
            setText(why == null ? line : line + "\n" + why);
            // In words, for a screen reader: the marks alone were "check mark" and "ballot x", if anything.
            setAccessibleText(Messages.get(p.right() ? "study.order.right.said" : "study.order.wrong.said") + " " + numbered());
        }

        /** The card as it reads: its number, then its text. */
        String numbered() {
            return number.getText() + "  " + getText();
        }
    }
}
