package org.chronoline.view;

/** How events are arranged vertically. */
public enum LayoutMode {
    /** One swimlane per category, its name on the left. */
    BY_CATEGORY,
    /** All events packed into as few rows as possible. */
    COMPACT
}
