package org.chronoline.app;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.chronoline.text.Messages;

/**
 * A key combination that menus and tooltips show in the user's language, as the keys are labelled
 * on their keyboard and as the Keyboard Shortcuts list names them: "Strg+Umschalt+K" and "Entf" in
 * German, "Suppr" in French. JavaFX names them in English only ("Ctrl+Shift+K", "Delete"), beside
 * a shortcuts list that said "Strg". On a Mac JavaFX's own symbols stay (⌘⇧K).
 */
final class LocalKeys extends KeyCombination {
    private final KeyCodeCombination keys;

    private LocalKeys(KeyCodeCombination keys) {
        super(keys.getShift(), keys.getControl(), keys.getAlt(), keys.getMeta(), keys.getShortcut());
        this.keys = keys;
    }

    /** The combination {@code spec} names, in {@link KeyCombination#keyCombination} form ("Shortcut+Shift+K"). */
    static KeyCombination of(String spec) {
        KeyCombination parsed = KeyCombination.keyCombination(spec);
        return parsed instanceof KeyCodeCombination code ? new LocalKeys(code) : parsed;
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    @Override
    public String getName() {
        return keys.getName();
    }

    @Override
    public String getDisplayText() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return keys.getDisplayText();
        }
        StringBuilder text = new StringBuilder();
        if (getControl() == ModifierValue.DOWN || getShortcut() == ModifierValue.DOWN) {
            text.append(Messages.get("key.ctrl")).append('+');
        }
        if (getAlt() == ModifierValue.DOWN) {
            text.append(Messages.get("key.alt")).append('+');
        }
        if (getShift() == ModifierValue.DOWN) {
            text.append(Messages.get("key.shift")).append('+');
        }
        if (getMeta() == ModifierValue.DOWN) {
            text.append("Meta+");
        }
        return text.append(name(keys.getCode())).toString();
    }

    /** A key's name as its keycap says it: the language's word for the keys that have one, the sign for the others. */
    private static String name(KeyCode code) {
        return switch (code) {
            case DELETE -> Messages.get("key.delete");
            case INSERT -> Messages.get("key.insert");
            case HOME -> Messages.get("key.home");
            case END -> Messages.get("key.end");
            case LEFT -> "\u2190";
            case RIGHT -> "\u2192";
            case UP -> "\u2191";
            case DOWN -> "\u2193";
            case EQUALS -> "=";
            case MINUS -> "-";
            default -> code.getName();
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalKeys local && keys.equals(local.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
