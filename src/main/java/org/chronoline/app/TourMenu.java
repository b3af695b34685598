package org.chronoline.app;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.Tour;
import org.chronoline.text.Messages;

/** A menu of the open timeline's tours, filled each time it opens: View > Present Tour, View > Study Tour. */
final class TourMenu {
    private TourMenu() {
    }

    static Menu of(String title, Supplier<TimelineDocument> document, Consumer<Tour> chosen) {
        Menu menu = new Menu(title);
        menu.setOnShowing(e -> fill(menu, document.get(), chosen));
        fill(menu, document.get(), chosen);
        return menu;
    }

    private static void fill(Menu menu, TimelineDocument open, Consumer<Tour> chosen) {
        menu.getItems().clear();
        if (open == null || open.tours().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.presentTour.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Tour tour : open.tours()) {
            MenuItem item = new MenuItem(Messages.get("tours.item", DisplayText.inSentence(tour.title()), tour.steps().size()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> chosen.accept(tour));
            menu.getItems().add(item);
        }
    }
}
