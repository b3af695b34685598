package org.chronoline.app;

import java.util.List;
import javafx.scene.layout.Region;
import org.chronoline.model.Category;
import org.chronoline.view.MarkerShape;

/**
 * A category's swatch beside its name (the filter's legend, the side panel's chip, the categories
 * dialog): its colour in the shape of its markers on the timeline, so that a reader who cannot tell
 * the colours apart matches a name to its lane by shape, as the lanes' own headers allow.
 */
final class CategorySwatch {
    private CategorySwatch() {
    }

    /** The swatch of {@code category} (null: events without one, circles) among the file's {@code categories}. */
    static Region of(Category category, List<Category> categories) {
        Region swatch = new Region();
        swatch.getStyleClass().add("details-swatch");
        int index = category == null ? -1 : categories.indexOf(category);
        String style = "-fx-shape: \"" + MarkerShape.ofCategory(index).svgPath() + "\";";
        if (category != null && category.color() != null && category.color().matches("#[0-9A-Fa-f]{6}")) {
            style += " -fx-background-color: " + category.color() + ";";
        }
        swatch.setStyle(style);
        return swatch;
    }
}
