package org.chronoline.view;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/** The colour themes: each a stylesheet of tokens on {@code .root} that every other stylesheet uses. */
public enum Theme {
    LIGHT("/org/chronoline/theme/light.css"),
    /** High contrast and large type, for a projector in a lit room. */
    PROJECTOR("/org/chronoline/theme/projector.css");

    private final String resource;

    Theme(String resource) {
        this.resource = resource;
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
