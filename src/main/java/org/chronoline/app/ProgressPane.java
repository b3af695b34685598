package org.chronoline.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.chronoline.io.StudyProgressFile;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.study.StudyProgress;
import org.chronoline.text.Messages;

/**
 * What is known and what needs work, for the set being studied; and a reset, which asks once more
 * before it forgets. Says where the progress is kept: on this computer, never in the timeline.
 */
final class ProgressPane extends BorderPane implements StudyMode.StudyPane {
    private final List<TimelineEvent> set;
    private final StudyProgress progress;
    private final Runnable changed;
    private final Label counts = new Label();
    private final ListView<String> needsWork = new ListView<>();
    private final ListView<String> known = new ListView<>();
    private final Button practiseWork = new Button(Messages.get("study.progress.practise"));
    private final Button reset = new Button(Messages.get("study.progress.reset"));
    private final Button forget = new Button(Messages.get("study.progress.forget"));
    private final Button keep = new Button(Messages.get("study.progress.keep"));
    private final Label question = new Label();

    /** What needs work now, as events: the deck Practise What Needs Work deals. */
    private List<TimelineEvent> toPractise = List.of();

    /**
     * @param practise deals a deck of cards: what needs work, from Practise What Needs Work (or
     *                 Enter in its list)
     */
    ProgressPane(List<TimelineEvent> set, StudyProgress progress, StudyProgressFile file, Runnable changed,
                 Consumer<List<TimelineEvent>> practise) {
        this.set = set;
        this.progress = progress;
        this.changed = changed;
        getStyleClass().add("study-pane");
        counts.setId("progress-counts");
        counts.getStyleClass().add("study-question");
        counts.setWrapText(true);
        needsWork.setId("progress-needs-work");
        needsWork.setAccessibleText(Messages.get("study.progress.needsWork"));
        known.setId("progress-known");
        known.setAccessibleText(Messages.get("study.progress.known"));
        // The events missed, or dated far off, as a deck of their own: a student revising goes straight to them.
        practiseWork.setId("progress-practise");
        practiseWork.setOnAction(e -> practise.accept(toPractise));
        needsWork.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !toPractise.isEmpty()) {
                practise.accept(toPractise);
                e.consume();
            }
        });
        VBox work = column("study.progress.needsWork", "study.progress.noneNeedsWork", needsWork);
        work.getChildren().add(practiseWork);
        VBox good = column("study.progress.known", "study.progress.noneKnown", known);
        // Half the width each, whatever their texts: the list of what needs work, the one a student uses most, was a
        // third of the width, its dates wrapped ("31 / July 1991"), beside a wide empty list of what is known.
        HBox lists = new HBox(16, work, good);
        for (VBox column : List.of(work, good)) {
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        // Its whole name on more lines, at any text size (it was "Practise What Need…").
        practiseWork.setWrapText(true);
        practiseWork.setMaxWidth(Double.MAX_VALUE);
        Label where = new Label(Messages.get("study.progress.kept", file.path().getParent()));
        where.getStyleClass().add("study-keys");
        where.setWrapText(true);
        reset.setId("progress-reset");
        reset.setOnAction(e -> ask(true));
        forget.setId("progress-forget");
        forget.setOnAction(e -> {
            progress.reset();
            changed.run();
            ask(false);
            refresh();
        });
        keep.setId("progress-keep");
        keep.setOnAction(e -> ask(false));
        question.setWrapText(true);
        HBox resetting = new HBox(10, reset, question, forget, keep);
        resetting.setAlignment(Pos.CENTER_LEFT);
        ask(false);
        setTop(counts);
        setCenter(lists);
        setBottom(new VBox(10, where, resetting));
    }

    private static VBox column(String headingKey, String emptyKey, ListView<String> list) {
        // An empty list says what will come into it (it showed a heading over a blank box).
        Label none = new Label(Messages.get(emptyKey));
        none.setWrapText(true);
        none.getStyleClass().add("study-keys");
        list.setPlaceholder(none);
        // A long title and its date wrap within the list instead of running off behind a scroll bar.
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Label heading = new Label(Messages.get(headingKey));
        heading.getStyleClass().add("details-heading");
        heading.setLabelFor(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, heading, list);
    }

    /** Shows or hides the question before forgetting. */
    private void ask(boolean asking) {
        question.setText(asking ? Messages.get("study.progress.resetQuestion") : "");
        for (var node : List.of(question, forget, keep)) {
            node.setVisible(asking);
            node.setManaged(asking);
        }
        reset.setVisible(!asking);
        reset.setManaged(!asking);
        if (asking) {
            keep.requestFocus();
        }
    }

    /** Counts and lists the set as it stands now. */
    void refresh() {
        StudyProgress.Summary s = progress.summary(set);
        counts.setText(Messages.get("study.progress.summary", s.known().size(), s.learning().size(), s.needsWork().size(),
                s.notYet().size()));
        needsWork.getItems().setAll(s.needsWork().stream().map(ProgressPane::line).toList());
        toPractise = s.needsWork();
        practiseWork.setDisable(toPractise.isEmpty());
        known.getItems().setAll(s.known().stream().map(ProgressPane::line).toList());
        // The counts are said with the list that has the keys first (the summary is not a control).
        needsWork.setAccessibleText(counts.getText() + "\n" + Messages.get("study.progress.needsWork")
                + (toPractise.isEmpty() ? "" : "\n" + Messages.get("study.progress.practise.help")));
    }

    private static String line(TimelineEvent e) {
        return DisplayText.inSentence(e.title()) + " \u00b7 " + e.dateOnScreen();
    }

    @Override
    public void focusFirst() {
        needsWork.requestFocus(); // the progress itself, not Reset Progress... (Space would have asked to forget it)
    }
}
