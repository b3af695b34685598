package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Where the window opens, and how large, on the screen it opens on. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    /**
     * On a screen smaller than the window's least size (a 1024 x 768 projector at 150% gives the window
     * 683 x 512 pixels) the window fits the screen: its least width of 720 put the right edge, with the
     * search and the details' text, off the screen. On a larger screen the least size stays.
     */
    @Test
    void theWindowFitsAScreenSmallerThanItsLeastSize(FxRobot robot) {
        Settings settings = new Settings();
        settings.clear();
        Stage[] small = new Stage[1];
        Stage[] large = new Stage[1];
        robot.interact(() -> {
            small[0] = new Stage();
            small[0].setMinWidth(720);
            small[0].setMinHeight(480);
            new WindowPlacement(settings).place(small[0], new Rectangle2D(0, 0, 683, 472));
            large[0] = new Stage();
            large[0].setMinWidth(720);
            large[0].setMinHeight(480);
            new WindowPlacement(settings).place(large[0], new Rectangle2D(0, 0, 1366, 728));
        });

        assertThat(small[0].getMinWidth()).isLessThanOrEqualTo(683);
        assertThat(small[0].getMinHeight()).isLessThanOrEqualTo(472);
        assertThat(small[0].getWidth()).as("within the screen").isLessThanOrEqualTo(683);
        assertThat(small[0].getHeight()).as("within the screen").isLessThanOrEqualTo(472);
        assertThat(small[0].getX() + small[0].getWidth()).as("its right edge on the screen").isLessThanOrEqualTo(683);
        assertThat(large[0].getMinWidth()).as("the least size where the screen has room").isEqualTo(720);
        assertThat(large[0].getWidth()).isBetween(720.0, 1366.0);
        settings.clear();
    }
}
