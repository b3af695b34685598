package org.chronoline.app;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import org.chronoline.model.Graphemes;
import org.chronoline.text.Messages;

/**
 * What a source's link does: Enter or a click hands its address to the system to open, and says so
 * in the status line; Ctrl+C on the link, or its menu, copies the address. Where no browser opens
 * (the system cannot, and JavaFX does not tell), the reader is not left with nothing: the status
 * line says how to take the address instead.
 */
final class SourceLinks {
    private static final KeyCombination COPY = LocalKeys.of("Shortcut+C");
    private final Consumer<String> system;
    private final Consumer<String> say;

    /**
     * @param system hands an address to the system's browser or mail program
     * @param say    puts a sentence in the status line
     */
    SourceLinks(Consumer<String> system, Consumer<String> say) {
        this.system = system;
        this.say = say;
    }

    /** Has {@code link} open {@code address}, and copy it with Ctrl+C or its menu. */
    void attach(Hyperlink link, String address) {
        link.setOnAction(a -> open(address));
        link.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(address);
                e.consume();
            }
        });
        MenuItem open = new MenuItem(Messages.get("details.source.menu.open"));
        open.setOnAction(a -> open(address));
        // No accelerator on the item: a control's context menu puts its items' accelerators on the whole scene,
        // and Ctrl+C anywhere copied the last link's address. Ctrl+C is the link's own key (above).
        MenuItem copy = new MenuItem(Messages.get("details.source.menu.copy"));
        copy.setOnAction(a -> copy(address));
        link.setContextMenu(new ContextMenu(open, copy));
    }

    void open(String address) {
        system.accept(address);
        say.accept(Messages.get("details.source.opening", named(address), COPY.getDisplayText()));
    }

    void copy(String address) {
        ClipboardContent content = new ClipboardContent();
        content.putString(address);
        Clipboard.getSystemClipboard().setContent(content);
        say.accept(Messages.get("details.source.copied", named(address)));
    }

    /**
     * The address as the status line names it: its site and its page's end, the middle cut when it is long. A source
     * at the CVCE (148 characters) took four lines of a 1024-pixel window's status line, over the timeline, until the
     * next message (a keyboard walk-through).
     */
    static String named(String address) {
        return Graphemes.cutInMiddle(address, MOST_NAMED);
    }

    /** The most characters of an address the status line names: with its sentence, a line of a 1024-pixel window, or two in German. */
    private static final int MOST_NAMED = 48;
}
