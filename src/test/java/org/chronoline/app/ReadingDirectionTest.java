package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Text that reads from the right stands against the right edge of its room, whatever width the room is given next. */
@ExtendWith(ApplicationExtension.class)
class ReadingDirectionTest {
    private static final String ARABIC = "\u0627\u062a\u062c\u0627\u0647"; // one short word: "direction"

    /**
     * A label, in pieces where Linux needs them or as JavaFX draws it elsewhere, narrowed after it was first shown, and
     * widened again: its word ends at the label's right edge each time. JavaFX 21 kept a right-to-left line where the
     * last width had put it (the panel's timeline title, out of sight past its edge: walk-through).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "in pieces: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aShortTitleStaysAtTheRightEdgeAsItsRoomNarrowsAndWidens(boolean inPieces, FxRobot robot) {
        Label label = new Label();
        label.setWrapText(true);
        VBox room = new VBox(label);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            if (inPieces) {
                ReadingDirection.show(label, ARABIC); // on Linux: in pieces
            } else {
                label.setText(ARABIC); // as elsewhere: the label's own text
                ReadingDirection.follow(label, ARABIC);
            }
            stage[0] = new Stage();
            stage[0].setScene(new Scene(room, 400, 100));
            stage[0].show();
        });
        try {
            assertThat(label.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
            for (double width : new double[] {400, 300, 350, 200}) {
                robot.interact(() -> stage[0].setWidth(width));
                WaitForAsyncUtils.waitForFxEvents();
                Bounds edge = label.localToScene(label.getLayoutBounds());
                assertThat(edge.getWidth()).as("the label as wide as its room").isCloseTo(room.getWidth(), Offset.offset(1.0));
                assertThat(drawnRight(label)).as("at %s px", width).isCloseTo(edge.getMaxX(), Offset.offset(2.0));
            }
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    /** The same in a list's cell, whose text in pieces (Linux) wraps at its column's width: narrowed, then widened. */
    @Test
    void aCellsTitleStaysAtTheRightEdgeAsItsColumnNarrowsAndWidens(FxRobot robot) {
        ShapedWords.Wrapped flow = new ShapedWords.Wrapped("wrapping-cell-text");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            flow.setText(ARABIC);
            ReadingDirection.orient(flow, ARABIC);
            flow.wrappingWidthProperty().set(400);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new javafx.scene.layout.Pane(flow), 500, 100));
            stage[0].show();
        });
        try {
            for (double width : new double[] {400, 300, 350, 200}) {
                robot.interact(() -> flow.wrappingWidthProperty().set(width));
                WaitForAsyncUtils.waitForFxEvents();
                Bounds edge = flow.localToScene(flow.getLayoutBounds());
                assertThat(edge.getWidth()).as("as wide as its column").isCloseTo(width, Offset.offset(1.0));
                assertThat(drawnRight(flow)).as("at %s px", width).isCloseTo(edge.getMaxX(), Offset.offset(2.0));
            }
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    /** A text read from the left again (the next card) puts back the direction and the width the label had. */
    @Test
    void theNextTextInEnglishStandsAtTheLeftAgain(FxRobot robot) {
        Label label = new Label();
        label.setWrapText(true);
        VBox room = new VBox(label);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            ReadingDirection.show(label, ARABIC);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(room, 400, 100));
            stage[0].show();
        });
        try {
            robot.interact(() -> ReadingDirection.show(label, "Paris"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(label.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
            assertThat(label.getWidth()).as("as wide as its words again").isLessThan(200);
            assertThat(label.getText()).isEqualTo("Paris");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    private static double drawnRight(Node node) {
        List<Text> texts = new ArrayList<>();
        WindowTest.texts(node, texts);
        return texts.stream().filter(t -> t.isVisible() && !t.getText().isBlank())
                .mapToDouble(t -> t.localToScene(t.getBoundsInLocal()).getMaxX()).max().orElseThrow();
    }
}
