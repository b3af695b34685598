package org.chronoline.view;

/**
 * One horizontal band of the timeline: a category's events in the "by category" layout, or all
 * events in the compact one.
 *
 * @param categoryId the category, or null for the uncategorised lane and the compact lane
 * @param name       shown at the lane's left edge; empty for the compact lane
 */
public record Lane(String categoryId, String name, EventIndex index) {
}
