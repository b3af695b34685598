package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
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
        List<Image> icons = new ArrayList<>();
        for (int size : WINDOW_ICON_SIZES) {
            var url = Icons.class.getResource("/org/chronoline/icons/chronoline-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        stage.getIcons().setAll(icons);
    }
}
