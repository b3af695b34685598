package org.chronoline.app;

import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** Toolbar icons (their shapes are SVG paths in the stylesheet) and the window icons. */
final class Icons {
    private static final int[] WINDOW_ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private Icons() {
    }

    /** A small glyph styled by {@code .icon} and {@code .icon-NAME} in the stylesheet. */
    static Region glyph(String name) {
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "icon-" + name);
        return icon;
    }

    static void setWindowIcons(Stage stage) {
        for (int size : WINDOW_ICON_SIZES) {
            var url = Icons.class.getResource("/org/chronoline/icons/chronoline-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }
}
