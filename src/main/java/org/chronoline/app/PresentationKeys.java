package org.chronoline.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chronoline.text.Messages;

/**
 * The keys a teacher (or a clicker, which sends Page Down, Page Up, B and F5) uses while
 * presenting: forward and back, first and last, black or white screen, the step grid, and a
 * step number typed then Enter to jump there, with a prompt showing what has been typed.
 */
final class PresentationKeys {
    private static final int MAX_DIGITS = 6;

    private final PresentationMode mode;
    private final StepOverview overview;
    private final Label prompt;
    private final StringBuilder typed = new StringBuilder();

    PresentationKeys(PresentationMode mode, StepOverview overview, Label prompt) {
        this.mode = mode;
        this.overview = overview;
        this.prompt = prompt;
    }

    void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (overview.isVisible()) {
            if (code == KeyCode.G || code == KeyCode.ESCAPE) {
                overview.hide();
                e.consume();
            }
            return; // arrows, Tab, Space and Enter move through the grid and choose a step
        }
        e.consume();
        int digit = digitOf(code);
        if (digit >= 0) {
            if (typed.length() < MAX_DIGITS) {
                typed.append(digit);
            }
            updatePrompt();
            return;
        }
        switch (code) {
            case ENTER -> {
                if (typed.length() > 0) {
                    int number = Integer.parseInt(typed.toString());
                    clearTyped();
                    mode.jumpTo(number);
                } else {
                    mode.next();
                }
            }
            case RIGHT, DOWN, SPACE, PAGE_DOWN, N -> mode.next();
            case LEFT, UP, PAGE_UP, P -> mode.previous();
            case BACK_SPACE -> {
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                    updatePrompt();
                } else {
                    mode.previous();
                }
            }
            case HOME -> mode.firstStep();
            case END -> mode.lastStep();
            case B, PERIOD -> mode.toggleBlank(PresentationMode.Blank.BLACK);
            case W, COMMA -> mode.toggleBlank(PresentationMode.Blank.WHITE);
            case D -> mode.toggleDarkRoom();
            case G -> {
                clearTyped();
                overview.show(mode.steps().index());
            }
            case ESCAPE -> {
                if (typed.length() > 0) {
                    clearTyped();
                } else {
                    mode.end();
                }
            }
            default -> {
                // F5 and everything else do nothing while presenting: some clickers send F5 to "start".
            }
        }
    }

    private static int digitOf(KeyCode code) {
        if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.ordinal() >= KeyCode.NUMPAD0.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return -1;
    }

    private void updatePrompt() {
        prompt.setText(Messages.get("present.jump", typed) + "\n" + Messages.get("present.jump.hint"));
        prompt.setVisible(typed.length() > 0);
    }

    private void clearTyped() {
        typed.setLength(0);
        updatePrompt();
    }
}
