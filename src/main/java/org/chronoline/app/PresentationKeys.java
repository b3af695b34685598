package org.chronoline.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.chronoline.model.DateText;
import org.chronoline.model.DisplayText;
import org.chronoline.model.TimelineEvent;
import org.chronoline.text.Messages;

/**
 * The keys a teacher (or a clicker, which sends Page Down, Page Up, B and F5) uses while
 * presenting: forward and back, first and last, black or white screen, the step grid, and a
 * step number typed then Enter to jump there, with a prompt showing what has been typed (a year of
 * the steps' that is no step's number goes to the step nearest it).
 *
 * <p>B and W blank the screen over whatever shows, the step grid too; while it is blank, any key
 * brings the slide back as it was (the steps do not move on behind a black screen, as a clicker's
 * Page Down did). A clicker's Page Down and Page Up close the step grid and move on from the step
 * shown. Moving to another step drops a number half typed, and its prompt.
 */
final class PresentationKeys {
    private static final int MAX_DIGITS = 6;

    private final PresentationMode mode;
    private final StepOverview overview;
    private final Label prompt;
    /** Whether Enter refused the number typed: the next digit begins another. */
    private boolean refused;
    private final StringBuilder typed = new StringBuilder();

    PresentationKeys(PresentationMode mode, StepOverview overview, Label prompt) {
        this.mode = mode;
        this.overview = overview;
        this.prompt = prompt;
    }

    void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        PresentationMode.Blank blank = blankOf(code);
        if (blank != null) {
            e.consume();
            mode.toggleBlank(blank);
            return;
        }
        if (mode.blank() != PresentationMode.Blank.NONE) {
            // Not a key held for another (Alt of Alt+Tab), nor F5, which some clickers send to "start".
            if (!code.isModifierKey() && code != KeyCode.F5) {
                mode.setBlank(PresentationMode.Blank.NONE);
            }
            e.consume();
            return;
        }
        if (overview.isVisible()) {
            if (code == KeyCode.G || code == KeyCode.ESCAPE) {
                overview.hide();
                e.consume();
            } else if (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP) {
                overview.hide();
                e.consume();
                move(code == KeyCode.PAGE_DOWN ? 1 : -1);
            }
            return; // arrows, Tab, Space and Enter move through the grid and choose a step
        }
        e.consume();
        int digit = digitOf(code);
        if (digit >= 0) {
            if (refused) {
                typed.setLength(0); // a new number after "No step 9", not 93
                refused = false;
            }
            if (typed.length() < MAX_DIGITS) {
                typed.append(digit);
            }
            updatePrompt();
            return;
        }
        switch (code) {
            case ENTER -> {
                if (typed.length() > 0) {
                    int step = mode.steps().stepTyped(Integer.parseInt(typed.toString()));
                    if (step >= 0) {
                        clearTyped();
                        mode.jumpTo(step + 1);
                    } else {
                        refused = true; // "No step 9" stays, until Esc, Backspace or another number
                    }
                } else {
                    mode.next();
                }
            }
            case RIGHT, DOWN, SPACE, PAGE_DOWN, N -> move(1);
            case LEFT, UP, PAGE_UP, P -> move(-1);
            case BACK_SPACE -> {
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                    refused = false;
                    updatePrompt();
                } else {
                    mode.previous();
                }
            }
            case HOME -> {
                clearTyped();
                mode.firstStep();
            }
            case END -> {
                clearTyped();
                mode.lastStep();
            }
            case D -> mode.toggleDarkRoom();
            case PLUS, EQUALS, ADD -> mode.changeType(1);
            case MINUS, SUBTRACT -> mode.changeType(-1);
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

    /** The next step (1) or the previous (-1); a number half typed is dropped. */
    private void move(int direction) {
        clearTyped();
        if (direction > 0) {
            mode.next();
        } else {
            mode.previous();
        }
    }

    /** The screen a key blanks to, or null: B and the full stop black, W and the comma white (as PowerPoint's keys). */
    private static PresentationMode.Blank blankOf(KeyCode code) {
        return switch (code) {
            case B, PERIOD -> PresentationMode.Blank.BLACK;
            case W, COMMA -> PresentationMode.Blank.WHITE;
            default -> null;
        };
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

    /**
     * "Go to step 9"; a number that is no step but a year of the steps', "Go to 1990: step 9, CFE Treaty signed in Paris
     * (19 November 1990)" (a teacher asked to go back to a year); else "No step 9: there are 6 steps, from 1989 to 2023":
     * Enter there did nothing, without a word.
     */
    private void updatePrompt() {
        prompt.setText(typed.length() == 0 ? "" : promptFor(Integer.parseInt(typed.toString())));
        prompt.setVisible(typed.length() > 0);
    }

    private String promptFor(int number) {
        int step = mode.steps().stepTyped(number);
        String hint = "\n" + Messages.get("present.jump.hint");
        if (step < 0) {
            // With the steps' years: a year outside them is no step either.
            long[] years = mode.steps().years();
            return Messages.get("present.jump.none", typed, mode.steps().size(), DateText.year(years[0]), DateText.year(years[1]));
        }
        if (step == number - 1) { // its own number
            return Messages.get("present.jump", typed) + hint;
        }
        TimelineEvent event = mode.steps().steps().get(step);
        return Messages.get("present.jump.year", typed.toString(), step + 1, DisplayText.line(event.title()), event.dateText()) + hint;
    }

    /** Drops a number half typed, and its prompt: moving to another step, by key or click, does. */
    void clearTyped() {
        typed.setLength(0);
        refused = false;
        updatePrompt();
    }
}
