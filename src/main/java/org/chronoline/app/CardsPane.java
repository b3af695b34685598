package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.chronoline.model.Category;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.study.StudyProgress;
import org.chronoline.model.study.WhenAnswer;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineContent;

/**
 * Cards: an event's title on the front, its date and summary on the back. Space or Enter turns the
 * card; K or → "knew it" moves it up a Leitner box, M or ← "missed it" sends it back to the first,
 * so missed cards come back sooner. Each session shows the cards due ({@link StudyProgress#due}).
 */
final class CardsPane extends BorderPane implements StudyMode.StudyPane {
    private final List<TimelineEvent> set;
    private final TimelineContent content;
    private final StudyProgress progress;
    private final Runnable changed;
    private final Label counter = new Label();
    private final Label front = new Label();
    private final Label category = new Label();
    private final Label date = new Label();
    private final Label back = new Label();
    private final Label done = new Label();
    private final Button turn = new Button(Messages.get("study.cards.flip"));
    private final Button knew = new Button(Messages.get("study.cards.knew"));
    private final Button missed = new Button(Messages.get("study.cards.missed"));
    private final Button again = new Button(Messages.get("study.cards.again"));
    private final Button all = new Button(Messages.get("study.cards.all"));
    private final Button undo = new Button(Messages.get("study.cards.undo"));
    /** The cards graded in this deal, the last on top: each as it was, and how it was graded. */
    private final java.util.Deque<Graded> graded = new java.util.ArrayDeque<>();
    private final VBox card;
    private final List<TimelineEvent> due = new ArrayList<>();
    /** The set's cards left out of the deal as not due yet: said beside the count ("Card 1 of 12" read as if 12 were all). */
    private int notDue;
    private int at;
    private int known;
    private int toSeeAgain;
    private boolean turned;
    private boolean begun;
    /** The counter's words for the deck: the cards due, every card, or what needs work (that deck was not named on its cards). */
    private String counterKey = "study.cards.counter";
    /** What the last grade did to its card ("…: known, now in box 3 of 5; it comes back in 4 days"): each grade went by without a word. */
    private String lastGrade = "";

    /** A card as it was before a grade and as the grade left it, and the grade: what Undo puts back. */
    private record Graded(StudyProgress.Card before, StudyProgress.Card after, boolean wasKnown) {
    }

    private final Random random;

    CardsPane(List<TimelineEvent> set, TimelineContent content, StudyProgress progress, Runnable changed, Random random) {
        this.random = random;
        this.set = set;
        this.content = content;
        this.progress = progress;
        this.changed = changed;
        getStyleClass().add("study-pane");
        setFocusTraversable(true);
        setAccessibleText(Messages.get("study.cards.front"));

        Label prompt = new Label(Messages.get("study.cards.front"));
        prompt.getStyleClass().add("study-prompt");
        prompt.setWrapText(true); // the keys are in it: cut, at twice the size, it hid them ("then → (or K) if y…")
        counter.setId("cards-counter");
        counter.getStyleClass().add("study-counter");
        front.setId("cards-front");
        front.getStyleClass().add("study-question");
        front.setWrapText(true);
        category.getStyleClass().add("study-summary");
        date.setId("cards-date");
        date.getStyleClass().add("study-answer");
        back.setId("cards-back");
        back.getStyleClass().add("study-summary");
        back.setWrapText(true);
        done.setId("cards-done");
        done.getStyleClass().add("study-result");
        done.setWrapText(true);
        card = new VBox(14, counter, front, category, date, back);
        card.getStyleClass().add("study-card");
        card.setAlignment(Pos.CENTER_LEFT);
        turn.setId("cards-turn");
        turn.setOnAction(e -> turn());
        knew.setId("cards-knew");
        knew.setOnAction(e -> grade(true));
        missed.setId("cards-missed");
        missed.setOnAction(e -> grade(false));
        again.setId("cards-again");
        again.setOnAction(e -> {
            begun = false;
            begin();
            requestFocus(); // the button hides: Space, pressed next, is for the card, not the mode buttons
        });
        all.setId("cards-all");
        all.setOnAction(e -> {
            practiseAll();
            requestFocus();
        });
        // A tap on Knew It meant for Missed It (or a key pressed twice) counted for days: it can be taken back.
        undo.setId("cards-undo");
        undo.setTooltip(new javafx.scene.control.Tooltip(Messages.get("study.cards.undo.keys")));
        undo.setOnAction(e -> {
            undo();
            requestFocus();
        });
        // A row that wraps: at twice the text on 1024 x 768 the four buttons ran past the window's edge.
        FlowPane buttons = new FlowPane(10, 10, turn, missed, knew, undo, again, all);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setTop(prompt);
        // The card takes the room above the buttons, and scrolls where its words need more: a least height of its own put
        // Missed It and Knew It under a 768-line screen's foot at twice the text size.
        front.setMinHeight(Region.USE_PREF_SIZE);
        back.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane room = new ScrollPane(card);
        room.setFitToWidth(true);
        room.setFitToHeight(true);
        room.setFocusTraversable(false); // the pane has the keys: Space turns the card
        room.getStyleClass().add("study-card-room");
        VBox.setVgrow(room, Priority.ALWAYS);
        setCenter(new VBox(16, room, done));
        setBottom(buttons);
        setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.SPACE || code == KeyCode.ENTER) {
                turn();
            } else if (turned && (code == KeyCode.K || code == KeyCode.RIGHT)) {
                grade(true);
            } else if (turned && (code == KeyCode.M || code == KeyCode.LEFT)) {
                grade(false);
            } else if (code == KeyCode.Z && e.isShortcutDown() || code == KeyCode.BACK_SPACE) {
                undo();
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * Deals the cards due: when the study window first shows its cards, and again on Study Again
     * (then, the same day, the cards missed and any not seen yet: those known are due days later).
     */
    void begin() {
        if (begun) {
            return;
        }
        begun = true;
        due.clear();
        due.addAll(progress.due(set, random));
        notDue = set.size() - due.size();
        counterKey = "study.cards.counter";
        deal();
    }

    /**
     * Deals every card of the set, due or not: with none due, a student revising the night before
     * a test met "come back later" for days, and Study Again dealt nothing. A card known here moves
     * up a box only if it was due (as a date answered in the When quiz: StudyProgress.answered); a card missed
     * goes back to the first.
     */
    void practiseAll() {
        practise(set, "study.cards.counter.all");
    }

    /** Deals what needs work (from Progress), shuffled, due or not, named so on its cards. */
    void practiseNeedsWork(List<TimelineEvent> deck) {
        practise(deck, "study.cards.counter.needsWork");
    }

    /**
     * Deals {@code deck}, shuffled, due or not: every card, or what needs work. A card known moves
     * up a box only if it was due; a card missed goes back to the first.
     */
    private void practise(List<TimelineEvent> deck, String counterKey) {
        this.counterKey = counterKey;
        begun = true;
        due.clear();
        due.addAll(deck);
        notDue = 0;
        java.util.Collections.shuffle(due, random);
        deal();
    }

    private void deal() {
        graded.clear();
        lastGrade = "";
        at = 0;
        known = 0;
        toSeeAgain = 0;
        showCard();
    }

    private void showCard() {
        boolean finished = at >= due.size();
        undo.setDisable(graded.isEmpty());
        card.setVisible(!finished);
        again.setVisible(finished);
        again.setManaged(finished);
        all.setVisible(finished);
        all.setManaged(finished);
        // Done, the card's own buttons go, as on the page: greyed, they stood beside Study Again as if they might come back.
        for (Button onCard : List.of(turn, missed, knew)) {
            onCard.setVisible(!finished);
            onCard.setManaged(!finished);
        }
        turn.setDisable(finished);
        if (finished) {
            knew.setDisable(true);
            missed.setDisable(true);
            // The last card's grade before the deck's end: it went unsaid.
            done.setText(due.isEmpty() ? Messages.get("study.cards.none")
                    : (lastGrade.isEmpty() ? "" : lastGrade + " ") + Messages.get("study.cards.done", known, toSeeAgain));
            setAccessibleText(done.getText());
            return;
        }
        done.setText(lastGrade);
        TimelineEvent e = due.get(at);
        turned = false;
        int box = Math.max(1, progress.box(e.id()));
        counter.setText(notDue == 0 ? Messages.get(counterKey, at + 1, due.size(), box, StudyProgress.BOXES)
                : Messages.get("study.cards.counter.notDue", at + 1, due.size(), notDue, box, StudyProgress.BOXES));
        ReadingDirection.show(front, WhenAnswer.withYearsHidden(e, DisplayText.line(e.title())));
        Category c = e.category() == null ? null : content.category(e.category());
        ReadingDirection.show(category, c == null ? "" : DisplayText.line(c.name()));
        date.setText("");
        ReadingDirection.show(back, "");
        knew.setDisable(true);
        missed.setDisable(true);
        turn.setDisable(false);
        say(done, counter, front, category);
    }

    /**
     * What a screen reader says of the card, which has the keys: the card itself, then how to go on.
     * It said only how to go on, and never what the card asked or answered.
     */
    private void say(Label... shown) {
        StringBuilder text = new StringBuilder();
        for (Label label : shown) {
            if (!label.getText().isEmpty()) {
                text.append(label.getText()).append('\n');
            }
        }
        setAccessibleText(text.append(Messages.get("study.cards.front")).toString());
    }

    /** Turns the card: its date and summary show, and the student says whether they knew it. */
    void turn() {
        if (at >= due.size()) {
            return;
        }
        TimelineEvent e = due.get(at);
        turned = true;
        ReadingDirection.show(front, DisplayText.line(e.title())); // its years back, with the date
        date.setText(e.dateOnScreen());
        ReadingDirection.show(back, e.summary() == null ? "" : DisplayText.block(e.summary())); // safe: a control character once reordered it
        knew.setDisable(false);
        missed.setDisable(false);
        turn.setDisable(true);
        say(front, date, back);
        requestFocus(); // not on a button: Space would press it, and Space is for turning cards
    }

    /** The student knew the card, or missed it; the next one comes. */
    void grade(boolean wasKnown) {
        if (!turned || at >= due.size()) {
            return;
        }
        TimelineEvent e = due.get(at);
        String id = e.id();
        String title = DisplayText.inSentence(e.title());
        StudyProgress.Card before = progress.card(id);
        if (wasKnown) {
            if (progress.isDue(id)) {
                progress.knew(id);
                int box = progress.box(id);
                lastGrade = Messages.get("study.cards.graded.up", title, box, StudyProgress.BOXES, StudyProgress.daysInBox(box));
            } else { // practising a card not due leaves it in its box
                lastGrade = Messages.get("study.cards.graded.kept", title, Math.max(1, progress.box(id)), StudyProgress.BOXES);
            }
            known++;
        } else {
            progress.missed(id);
            lastGrade = Messages.get("study.cards.graded.missed", title, StudyProgress.BOXES);
            toSeeAgain++;
        }
        graded.push(new Graded(before, progress.card(id), wasKnown));
        changed.run();
        at++;
        showCard();
        requestFocus();
    }

    /**
     * Takes the last grade back: the card as it was, shown again turned, to be graded again. Only
     * while the cards are as the grades left them: a date answered since in When Was It?, or the
     * progress forgotten, would have been undone with it, and the old box written back.
     */
    void undo() {
        if (graded.isEmpty()) {
            return;
        }
        if (!progress.card(graded.peek().after().id()).equals(graded.peek().after())) {
            graded.clear();
            undo.setDisable(true);
            return;
        }
        Graded last = graded.pop();
        progress.restore(last.before());
        if (last.wasKnown()) {
            known--;
        } else {
            toSeeAgain--;
        }
        changed.run();
        at--;
        lastGrade = Messages.get("study.cards.graded.undone", DisplayText.inSentence(due.get(at).title()));
        showCard();
        turn();
        say(done, front, date, back); // turn() says the card alone: "taken back" went unheard
    }

    List<TimelineEvent> due() {
        return List.copyOf(due);
    }

    int position() {
        return at;
    }

    @Override
    public void focusFirst() {
        requestFocus();
    }
}
