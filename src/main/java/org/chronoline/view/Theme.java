package org.chronoline.view;

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
}
