package org.chronoline.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronoline.model.ExtraFields;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private static final TimelineEvent A = EditsTest.event("a", "Alpha", "1990", null);
    private static final TimelineDocument DOC = new TimelineDocument(1, "T", null, List.of(), List.of(), List.of(A), List.of(),
            ExtraFields.NONE);

    @Test
    void aFreshlyOpenedDocumentIsUnmodifiedAndEachEditModifiesIt() {
        UndoHistory history = new UndoHistory(DOC);
        assertThat(history.isModified()).isFalse();
        assertThat(history.canUndo()).isFalse();

        history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));

        assertThat(history.isModified()).isTrue();
        assertThat(history.undoLabel()).isEqualTo("Move \u2018Alpha\u2019");
        assertThat(history.document().events().get(0).start().toIso()).isEqualTo("1991");
    }

    /**
     * Changes kept against a crash, restored over the file as read, are one edit: Undo takes them back
     * to the file's version, unmodified, and Redo restores them. They replaced the document, with
     * nothing to undo (a walk-through).
     */
    @Test
    void restoredChangesAreOneEditThatUndoTakesBack() {
        TimelineEvent b = EditsTest.event("b", "Beta", "1991", null);
        TimelineDocument kept = new TimelineDocument(1, "Kept title", "and a description", List.of(), List.of(), List.of(A.movedBy(86_400), b),
                List.of(), List.of(), ExtraFields.NONE);
        UndoHistory history = new UndoHistory(DOC);
        assertThat(history.perform(Edits.restoreKept(DOC, kept))).isEqualTo(kept);
        assertThat(history.isModified()).isTrue();
        assertThat(history.undoLabel()).isEqualTo("Restore kept changes");

        assertThat(history.undo().eventsBefore()).as("nothing to select").isEmpty();
        assertThat(history.document()).isEqualTo(DOC);
        assertThat(history.isModified()).as("the file's own version").isFalse();
        history.redo();
        assertThat(history.document()).isEqualTo(kept);
        assertThat(Edits.restoreKept(DOC, DOC).isEmpty()).as("nothing kept that the file does not hold").isTrue();
    }

    @Test
    void undoingBackToTheSavedPointClearsTheMarkAndRedoSetsItAgain() {
        UndoHistory history = new UndoHistory(DOC);
        history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));

        history.undo();
        assertThat(history.isModified()).isFalse();
        assertThat(history.document()).isEqualTo(DOC);
        assertThat(history.redoLabel()).isEqualTo("Move \u2018Alpha\u2019");

        history.redo();
        assertThat(history.isModified()).isTrue();
    }

    @Test
    void savingMovesTheSavedPointAndUndoingPastItModifiesAgain() {
        UndoHistory history = new UndoHistory(DOC);
        TimelineDocument moved = history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));
        history.markSaved();
        assertThat(history.isModified()).isFalse();

        history.undo();
        assertThat(history.isModified()).isTrue();
        history.redo();
        assertThat(history.isModified()).isFalse();
        assertThat(history.document()).isEqualTo(moved);
    }

    @Test
    void aNewEditAfterUndoingPastTheSavedPointMakesItUnreachable() {
        UndoHistory history = new UndoHistory(DOC);
        TimelineDocument moved = history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));
        history.markSaved();
        history.undo();

        history.perform(Edits.setTitleAndDescription(DOC, "Other", null));

        assertThat(history.canRedo()).isFalse();
        history.undo();
        assertThat(history.isModified()).as("back at the original, which is not what was saved").isTrue();
        assertThat(history.document()).isNotEqualTo(moved);
    }

    @Test
    void aSaveThatFinishesAfterAnUndoAndANewEditMarksTheStateItWroteNotTheOneAtTheSameDepth() {
        UndoHistory history = new UndoHistory(DOC);
        history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));
        UndoHistory.State beingSaved = history.state();

        history.undo();
        history.perform(Edits.setTitleAndDescription(DOC, "Other", null));
        history.markSavedAt(beingSaved);

        assertThat(history.isModified()).as("the title edit was never saved").isTrue();
        history.undo();
        assertThat(history.isModified()).as("nor is the original what the file holds now").isTrue();
    }

    @Test
    void aSaveThatFinishesAfterMoreEditsLeavesTheDocumentModifiedUntilThoseAreUndone() {
        UndoHistory history = new UndoHistory(DOC);
        TimelineDocument moved = history.perform(Edits.replaceEvent(DOC, A, A.movedBy(400 * 86_400), Edits.Verb.MOVE));
        UndoHistory.State beingSaved = history.state();
        history.perform(Edits.setTitleAndDescription(moved, "Other", null));

        history.markSavedAt(beingSaved);

        assertThat(history.isModified()).isTrue();
        history.undo();
        assertThat(history.isModified()).as("back at what the file holds").isFalse();
    }

    @Test
    void keepsEveryEditWithoutLimitAndIgnoresEmptyOnes() {
        UndoHistory history = new UndoHistory(DOC);
        TimelineDocument d = DOC;
        for (int i = 0; i < 2_000; i++) {
            TimelineEvent current = d.events().get(0);
            d = history.perform(Edits.replaceEvent(d, current, current.movedBy(400 * 86_400), Edits.Verb.MOVE));
        }
        history.perform(Edits.setTitleAndDescription(d, d.title(), d.description()));

        int undone = 0;
        while (history.undo() != null) {
            undone++;
        }
        assertThat(undone).isEqualTo(2_000);
        assertThat(history.document()).isEqualTo(DOC);
    }

    @Test
    void aNewUnsavedDocumentIsModifiedUntilSaved() {
        UndoHistory history = UndoHistory.unsaved(DOC);
        assertThat(history.isModified()).isTrue();
        history.markSaved();
        assertThat(history.isModified()).isFalse();
    }
}
