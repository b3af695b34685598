package org.chronoline.app;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chronoline.text.Messages;

/**
 * The keyboard's shortcuts in a Russian (ЙЦУКЕН) layout. On Linux JavaFX gives a key that types a
 * Cyrillic letter no key code at all, so with a Russian layout active no letter shortcut worked:
 * not Ctrl+S, Ctrl+F or Ctrl+Z, not ] or Z on the timeline, not the study keys. Such a key is
 * taken as the Latin key at the same place on the keyboard (Л is K, Ъ is ]), as Windows does by
 * itself. Only where that layout is the likely one, in a Russian, Ukrainian or Belarusian window
 * or system: other Cyrillic layouts put the letters elsewhere (Bulgarian's Я is on S), and a wrong
 * command (Ctrl+Z for Ctrl+S) is worse than none. A letter typed into a field stays a letter; Alt
 * with a letter is left alone.
 */
final class CyrillicKeys {
    /** Each Cyrillic letter of the Russian layout (with Ukrainian Ї and Є, Belarusian Ў) and the Latin key at its place; І is on S or B. */
    private static final Map<Character, KeyCode> SAME_PLACE = Map.ofEntries(
            Map.entry('й', KeyCode.Q), Map.entry('ц', KeyCode.W), Map.entry('у', KeyCode.E), Map.entry('к', KeyCode.R),
            Map.entry('е', KeyCode.T), Map.entry('н', KeyCode.Y), Map.entry('г', KeyCode.U), Map.entry('ш', KeyCode.I),
            Map.entry('щ', KeyCode.O), Map.entry('ў', KeyCode.O), Map.entry('з', KeyCode.P),
            Map.entry('х', KeyCode.OPEN_BRACKET), Map.entry('ъ', KeyCode.CLOSE_BRACKET), Map.entry('ї', KeyCode.CLOSE_BRACKET),
            Map.entry('ф', KeyCode.A), Map.entry('ы', KeyCode.S), Map.entry('в', KeyCode.D),
            Map.entry('а', KeyCode.F), Map.entry('п', KeyCode.G), Map.entry('р', KeyCode.H), Map.entry('о', KeyCode.J),
            Map.entry('л', KeyCode.K), Map.entry('д', KeyCode.L), Map.entry('ж', KeyCode.SEMICOLON),
            Map.entry('э', KeyCode.QUOTE), Map.entry('є', KeyCode.QUOTE),
            Map.entry('я', KeyCode.Z), Map.entry('ч', KeyCode.X), Map.entry('с', KeyCode.C), Map.entry('м', KeyCode.V),
            Map.entry('и', KeyCode.B), Map.entry('т', KeyCode.N), Map.entry('ь', KeyCode.M), Map.entry('б', KeyCode.COMMA),
            Map.entry('ю', KeyCode.PERIOD), Map.entry('ё', KeyCode.BACK_QUOTE));

    private CyrillicKeys() {
    }

    /** The languages whose keyboards are ЙЦУКЕН. */
    private static final Set<String> LAYOUT_LANGUAGES = Set.of("ru", "uk", "be");

    /**
     * Every window's keys from now on, the dialogs' too, when the window's language or the system's
     * is one whose keyboard this is; once. Call on the JavaFX thread.
     */
    static void installEverywhere() {
        if (!LAYOUT_LANGUAGES.contains(Messages.locale().getLanguage()) && !LAYOUT_LANGUAGES.contains(Locale.getDefault().getLanguage())) {
            return;
        }
        // On the window, so that it comes before any filter of its scene's (the slides' keys are one).
        EveryWindow.each("cyrillicKeys", window -> {
            window.addEventFilter(KeyEvent.KEY_PRESSED, CyrillicKeys::asLatin);
            window.addEventFilter(KeyEvent.KEY_RELEASED, CyrillicKeys::asLatin);
        });
    }

    /** The Latin key at the place of the key pressed, or null when it has a code of its own or is not a Cyrillic letter. */
    static KeyCode latinKeyOf(KeyEvent e) {
        String text = e.getText();
        if (e.getCode() != KeyCode.UNDEFINED || text == null || text.length() != 1) {
            return null;
        }
        return SAME_PLACE.get(Character.toLowerCase(text.charAt(0)));
    }

    private static void asLatin(KeyEvent e) {
        KeyCode latin = latinKeyOf(e);
        boolean command = e.isControlDown() || e.isMetaDown();
        if (latin == null || (e.isAltDown() && !command) || (!command && typingInto(e.getTarget()))) {
            return;
        }
        e.consume();
        Event.fireEvent(e.getTarget(), new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                latin, e.isShiftDown(), e.isControlDown(), e.isAltDown(), e.isMetaDown()));
    }

    /** Whether the keys go to a field the user types in, where a letter is a letter and not a shortcut. */
    private static boolean typingInto(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl field) {
                return field.isEditable();
            }
            if (node instanceof ComboBoxBase<?> box && box.isEditable()) {
                return true;
            }
        }
        return false;
    }
}
