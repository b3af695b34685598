package org.chronoline.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chronoline.model.CivilCalendar;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.InvalidDateException;
import org.chronoline.model.Precision;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.study.ExampleDates;
import org.chronoline.model.study.StudyProgress;
import org.chronoline.model.study.WhenAnswer;
import org.chronoline.model.study.WhenTally;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineView;

/**
 * "When was it?": an event's title and summary; the student clicks its moment on a timeline that
 * shows no events, or types a date. The answer is scored by its distance at the event's precision
 * ({@link WhenAnswer}), and the timeline then shows the event in its real place among its
 * neighbours, with the answer marked by a line. Events not yet asked, or answered worst, come first.
 */
final class WhenPane extends BorderPane implements StudyMode.StudyPane {
    /** How long the view takes to glide to the answer. */
    private static final double REVEAL_MILLIS = 450;
    private final List<TimelineEvent> set;
    /** The set's events as a timeline, shown with each answer (made once: the set does not change). */
    private final TimelineContent answers;
    private final StudyProgress progress;
    private final Runnable changed;
    private final Random random;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final TimelineView timeline = new TimelineView();
    private final TextField typed = new TextField();
    private final Button answer = new Button(Messages.get("study.when.answer"));
    private final Button next = new Button(Messages.get("study.when.next"));
    private final Label result = new Label();
    /** The sitting so far: "Question 5 · 210 points from 4 answers, 53 on average". */
    private final Label tally = new Label();
    private final WhenTally sitting;
    /** A date missed is asked again after this many other questions. */
    static final int ASK_AGAIN_AFTER = 3;
    private final List<TimelineEvent> queue = new ArrayList<>();
    private final double[] extent;
    /** How a date is typed, in dates that answer no question ("try 1971, July 1971, …"). */
    private final Object[] examples;
    private TimelineEvent asked;
    private WhenAnswer answered;

    WhenPane(List<TimelineEvent> set, TimelineContent content, StudyProgress progress, Runnable changed, Random random) {
        this.set = set;
        this.answers = StudyMode.only(content, set);
        this.progress = progress;
        this.changed = changed;
        this.random = random;
        this.extent = extent(set);
        this.sitting = new WhenTally(askable(set).stream().map(TimelineEvent::id).toList());
        this.examples = ExampleDates.avoiding(content.document().events()).forms().toArray();
        getStyleClass().add("study-pane");

        Label prompt = new Label(Messages.get("study.when.prompt"));
        prompt.getStyleClass().add("study-prompt");
        prompt.setWrapText(true);
        tally.setId("when-tally");
        tally.getStyleClass().add("study-counter");
        title.setId("when-title");
        title.getStyleClass().add("study-question");
        title.setWrapText(true);
        summary.setId("when-summary");
        summary.getStyleClass().add("study-summary");
        summary.setWrapText(true);
        timeline.setId("when-timeline");
        timeline.setLayoutMode(LayoutMode.COMPACT);
        timeline.setOverviewVisible(false);
        timeline.setPrefHeight(260);
        // The answer among its neighbours, without the asked event's links: their lines ran beside the answer's line and read as answers.
        timeline.linkFilterProperty().set(link -> false);
        timeline.setAccessibleText(Messages.get("study.when.prompt"));
        timeline.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (answered == null && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                HistoricalDate at = timeline.dateAt(e.getX());
                if (at != null) {
                    answer(at, false); // the day, month or year the click names, as "You chose" says it
                }
                e.consume();
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        typed.setId("when-date");
        typed.setPromptText(Messages.get("study.when.dateField", examples));
        typed.setAccessibleText(Messages.get("study.when.dateField", examples));
        HBox.setHgrow(typed, Priority.ALWAYS);
        typed.setOnAction(e -> answerTyped());
        answer.setId("when-answer");
        answer.setOnAction(e -> answerTyped());
        next.setId("when-next");
        next.setOnAction(e -> ask());
        result.setId("when-result");
        result.getStyleClass().add("study-result");
        result.setWrapText(true);
        HBox typing = new HBox(10, typed, answer, next);
        typing.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, prompt, tally, title, summary));
        setCenter(timeline);
        setBottom(new VBox(10, typing, result));
        setOnKeyPressed(e -> {
            if (answered != null && (e.getCode() == KeyCode.N || e.getCode() == KeyCode.ENTER)) {
                ask();
                e.consume();
            }
        });
        ask();
    }

    /** The next question: a date just missed after three others; otherwise the events not asked yet, or answered worst, first. */
    void ask() {
        if (queue.isEmpty()) {
            refill();
        }
        ask(queue.remove(0));
    }

    /** The events a round asks: every event worth asking (a title that names a year answers itself), or all when none is. */
    private static List<TimelineEvent> askable(List<TimelineEvent> set) {
        List<TimelineEvent> worth = set.stream().filter(WhenAnswer::isWorthAsking).toList();
        return worth.isEmpty() ? set : worth;
    }

    /** The next round: every event worth asking, not asked yet or answered worst first. */
    private void refill() {
        List<TimelineEvent> all = new ArrayList<>(askable(set));
        Collections.shuffle(all, random);
        Map<String, Integer> lastWhen = progress.lastWhen(); // a copy: taken once, not at every comparison
        all.sort(Comparator.comparingInt(e -> lastWhen.getOrDefault(e.id(), -1)));
        queue.addAll(all);
    }

    /** Asks about one event. */
    void ask(TimelineEvent event) {
        asked = event;
        answered = null;
        ReadingDirection.show(title, DisplayText.line(event.title()));
        ReadingDirection.show(summary, event.summary() == null ? "" : DisplayText.block(event.summary()));
        result.setText("");
        showTally();
        next.setAccessibleHelp(null);
        typed.clear();
        typed.setDisable(false);
        answer.setDisable(false);
        next.setDisable(true);
        timeline.todayProperty().set(null); // no line for today: it would be a hint
        timeline.setContent(TimelineContent.EMPTY);
        timeline.setSelectedEvent(null);
        timeline.show(extent[0], extent[1]);
        // Out of the keys' way while asking: Tab went to it, and no key there answered (the date field does).
        timeline.setFocusTraversable(false);
        // The question, where the keys are: a screen reader heard only how to type a date, never of what.
        typed.setAccessibleText(title.getText() + "\n" + Messages.get("study.when.dateField", examples));
        typed.requestFocus();
    }

    /** The question's number in this sitting, and once one is answered, the points so far. */
    private void showTally() {
        int question = sitting.answered() + (answered == null ? 1 : 0);
        tally.setText(sitting.answered() == 0 ? Messages.get("study.when.tally", question)
                : Messages.get("study.when.tally.soFar", question, sitting.points(), sitting.answered(), sitting.average()));
    }

    String tallyText() {
        return tally.getText();
    }

    TimelineEvent asked() {
        return asked;
    }

    WhenAnswer answered() {
        return answered;
    }

    String resultText() {
        return result.getText();
    }

    private void answerTyped() {
        if (answered != null) {
            ask();
            return;
        }
        String text = typed.getText();
        if (text.isBlank()) { // "Not a date: it is empty" said nothing of what to do
            result.setText(Messages.get("study.when.none", Messages.get("study.when.forms", examples)));
            return;
        }
        try {
            answer(DateInput.parse(text), true);
        } catch (InvalidDateException e) {
            // Not read as a date at all: how to type one, in this quiz's examples (the general ones may be answers here).
            result.setText(Messages.get("study.when.badDate", e.isUnreadable() ? Messages.get("study.when.forms", examples) : e.getMessage()));
        }
    }

    /**
     * Scores an answer, a day, month or year, by its moment nearest the event, and reveals the event
     * among its neighbours with that moment marked. A year typed for an event known to the month or
     * day scores less than the month would ({@link WhenAnswer#scoreTyped}); a click names what its
     * zoom shows.
     */
    void answer(HistoricalDate date, boolean typedIn) {
        if (answered != null || asked == null) {
            return;
        }
        String said = DateText.format(date);
        double second = WhenAnswer.nearest(asked, date.startSecond(), date.endSecond());
        answered = typedIn ? WhenAnswer.scoreTyped(asked, date) : WhenAnswer.score(asked, second);
        progress.answered(asked.id(), answered.points());
        boolean roundDone = sitting.add(asked.id(), answered.points());
        showTally();
        if (answered.points() < StudyProgress.GOOD_ANSWER) {
            if (queue.isEmpty()) {
                refill(); // the round's last question: asked again in the next, not straight away
                queue.remove(asked);
            }
            queue.add(Math.min(ASK_AGAIN_AFTER, queue.size()), asked); // while it is fresh, not after every other event
        }
        changed.run();
        String it = asked.dateOnScreen();
        String off = answered.off() == 0 ? null : distance(answered);
        String verdict = off == null ? Messages.get(answered.yearOnly() ? "study.when.yearOnly" : "study.when.exact", answered.points(), it)
                : Messages.get(answered.early() ? "study.when.early" : "study.when.late", answered.points(), off, it);
        result.setText(Messages.get("study.when.youChose", said) + " " + verdict
                + (roundDone ? " " + Messages.get("study.when.roundDone", sitting.points(), sitting.answered(), sitting.average()) : ""));
        typed.setDisable(true);
        answer.setDisable(true);
        next.setDisable(false);
        reveal(second);
        timeline.setFocusTraversable(true); // the answer among its neighbours, to look through with the keys
        next.setAccessibleHelp(result.getText()); // said with the button that then has the keys
        next.requestFocus();
    }

    /** The set's events on the timeline, the asked one selected, the answer as a line, both in view. */
    private void reveal(double second) {
        timeline.setContent(answers);
        timeline.todayProperty().set(second); // the answer, as a line
        double from = Math.min(second, asked.startSecond());
        double to = Math.max(second, asked.endSecond());
        double pad = Math.max((to - from) * 0.4, unitPad(asked.start().precision()));
        // Selected, its lane scrolled into view (it may be below the rows shown), and the period shown.
        timeline.present(timeline.getContent().event(asked.id()), from - pad, to + pad, REVEAL_MILLIS);
    }

    /** How far off, in words: days up to two months, then months up to two years, then years. */
    private static String distance(WhenAnswer a) {
        double days = switch (a.unit()) {
            case YEAR -> a.off() * 365.2425;
            case MONTH -> a.off() * 30.436875;
            default -> a.off();
        };
        if (a.unit() == Precision.DAY && days <= 60) {
            return Messages.get("study.off.days", a.off());
        }
        if (a.unit() != Precision.YEAR && days <= 730) {
            return Messages.get("study.off.months", Math.max(1, Math.round(days / 30.436875)));
        }
        return Messages.get("study.off.years", Math.max(1, Math.round(days / 365.2425)));
    }

    private static double unitPad(Precision precision) {
        double year = CivilCalendar.SECONDS_PER_AVERAGE_YEAR;
        return precision == Precision.YEAR ? 3 * year : precision == Precision.MONTH ? year / 2 : year / 12;
    }

    /** The period the set covers, with a tenth more on each side: the timeline the student answers on. */
    private static double[] extent(List<TimelineEvent> set) {
        double from = set.stream().mapToLong(TimelineEvent::startSecond).min().orElse(0);
        double to = set.stream().mapToLong(TimelineEvent::endSecond).max().orElse(0);
        double pad = Math.max((to - from) * 0.1, CivilCalendar.SECONDS_PER_AVERAGE_YEAR);
        return new double[] {from - pad, to + pad};
    }

    @Override
    public void focusFirst() {
        if (answered == null) {
            typed.requestFocus();
        } else {
            next.requestFocus();
        }
    }
}
