package org.chronoline.view;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/** The colour themes: each a stylesheet of tokens on {@code .root} that every other stylesheet uses. */
public enum Theme {
    LIGHT("/org/chronoline/theme/light.css"),
    /** Light text on near-black. */
    DARK("/org/chronoline/theme/dark.css"),
    /** Black on white at 7:1 or more, heavy lines, a solid selection band. */
    HIGH_CONTRAST("/org/chronoline/theme/high-contrast.css"),
    /** High contrast and large type, for a projector in a lit room. */
    PROJECTOR("/org/chronoline/theme/projector.css"),
    /** The projector's type, white on black, for a darkened room. */
    PROJECTOR_DARK("/org/chronoline/theme/projector-dark.css");

    /** The themes of the main window, as View > Theme offers them. */
    public static final List<Theme> WINDOW = List.of(LIGHT, DARK, HIGH_CONTRAST);

    private final String resource;

    Theme(String resource) {
        this.resource = resource;
    }

    /** Whether the theme is dark (for the presentation's matching choice). */
    public boolean isDark() {
        return this == DARK || this == PROJECTOR_DARK;
    }

    /** The stylesheet's URL, to add to a scene before any other stylesheet. */
    public String stylesheet() {
        return Theme.class.getResource(resource).toExternalForm();
    }

    /**
     * The timeline's colours and fonts in this theme, as its stylesheets give them, for drawings made
     * without a window (the command line, a handout). The stylesheets are applied to a control in a
     * scene of its own, which is never shown; call on the JavaFX thread.
     *
     * @param moreStylesheets stylesheets applied after the theme's, as a window would add them
     */
    public RenderStyle timelineStyle(String... moreStylesheets) {
        TimelineView view = new TimelineView();
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        scene.getStylesheets().addAll(moreStylesheets);
        root.applyCss();
        return view.renderStyle();
    }
}
