package org.chronoline.app;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.chronoline.io.Limits;
import org.chronoline.model.DateInput;
import org.chronoline.model.DateText;
import org.chronoline.model.HistoricalDate;
import org.chronoline.model.edit.EventDraft;
import org.chronoline.text.Messages;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The event form's checks: each field's rule, marked at the field (ControlsFX validation) and
 * said to a screen reader with it; the dates read back under their fields ("Reads as July 2007
 * (month)"); the first problem in words beside Apply; and the field the keyboard goes to, to fix it.
 * The rules are {@link EventDraft}'s, the same that decide what Apply makes of the form.
 */
final class EventFormChecks {
    /** The style class of a field whose text has a problem. */
    static final String PROBLEM = "field-problem";
    private static final PseudoClass INVALID = SourcesEditor.INVALID;

    /** The form's checked fields and the lines under them. */
    record Fields(TextField title, TextField start, Label startReading, TextField end, Label endReading, DatingField dating,
            TextField location, TextField summary, TextArea description, TextField imagePath, Label imageReading,
            TextField imageCaption, TextField imageCredit, SourcesEditor sources) {
        /** The checked fields in the form's order (the sources, between the description and the picture, check themselves). */
        List<Control> inOrder() {
            return List.of(title, start, end, dating.margin(), location, summary, description, imagePath, imageCaption, imageCredit);
        }
    }

    private final ValidationSupport validation = withoutRequiredMarks(new ValidationSupport());
    private final Fields fields;
    private final String pictureInFile;

    /**
     * Checks for {@code fields}; {@code pictureInFile} is the picture the edited event has in its file (null for none or
     * a new event), which may stay as it is even where it cannot be shown.
     */
    EventFormChecks(Fields fields, String pictureInFile) {
        this.fields = fields;
        this.pictureInFile = pictureInFile;
    }

    /** True while some field, or a source, keeps the form from being applied. */
    BooleanBinding invalid() {
        BooleanBinding fieldsInvalid = Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(validation.isInvalid()),
                validation.invalidProperty());
        return fieldsInvalid.or(fields.sources().invalidProperty());
    }

    /** {@link #problem()} as it changes, empty when there is none. */
    StringBinding problemText() {
        return Bindings.createStringBinding(() -> Objects.requireNonNullElse(problem(), ""),
                validation.validationResultProperty(), fields.sources().firstProblemProperty());
    }

    /** What keeps the form from being applied, in words (the first of the fields' problems), or null. */
    String problem() {
        ValidationMessage first = firstError();
        return sourcesFirst(first) ? fields.sources().firstProblemProperty().get() : first == null ? null : first.getText();
    }

    /**
     * Gives the keyboard to the field that keeps the form from being applied; runs {@code otherwise}
     * when none does.
     */
    void focusProblem(Runnable otherwise) {
        ValidationMessage first = firstError();
        if (sourcesFirst(first)) {
            fields.sources().focusFirstProblem();
        } else if (first != null) {
            Focus.whenInScene(first.getTarget());
        } else {
            otherwise.run();
        }
    }

    /** Whether a source's problem comes before {@code first}: the sources are above the picture's fields. */
    private boolean sourcesFirst(ValidationMessage first) {
        return fields.sources().firstProblemProperty().get() != null
                && (first == null || List.of(fields.imagePath(), fields.imageCaption(), fields.imageCredit()).contains(first.getTarget()));
    }

    /** The first field's error, in the form's order (the result holds them in no order), or null. */
    private ValidationMessage firstError() {
        ValidationResult result = validation.getValidationResult();
        if (result == null || result.getErrors().isEmpty()) {
            return null;
        }
        List<Control> order = fields.inOrder();
        return result.getErrors().stream()
                .min(Comparator.comparingInt(m -> {
                    int place = order.indexOf(m.getTarget());
                    return place < 0 ? order.size() : place;
                }))
                .orElseThrow();
    }

    /** Starts checking the fields, as filled: each rule runs now and as its field changes. */
    void start() {
        Fields f = fields;
        validation.registerValidator(f.title(), Validator.combine(Validator.createEmptyValidator(Messages.get("form.title.required")),
                fitting(Limits.TEXT_CHARS)));
        // As long as the reader takes, no longer: a longer text was applied and saved, and the file no longer opened.
        for (TextInputControl text : List.of(f.location(), f.summary(), f.imageCaption(), f.imageCredit())) {
            validation.registerValidator(text, false, fitting(Limits.TEXT_CHARS));
        }
        validation.registerValidator(f.description(), false, fitting(Limits.DESCRIPTION_CHARS));
        validation.registerValidator(f.start(), true, (Control c, String text) -> {
            String problem = EventDraft.dateProblem(text, true);
            f.startReading().setText(problem == null ? readingOf(text) : problem);
            f.startReading().pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        validation.registerValidator(f.end(), false, (Control c, String text) -> {
            String problem = EventDraft.endProblem(f.start().getText(), text);
            if (problem == null) {
                problem = EventDraft.datingProblem(f.dating().kindValue(), text);
            }
            f.endReading().setText(problem == null ? readingOf(text) : problem);
            f.endReading().pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        f.start().textProperty().addListener((o, old, now) -> validation.revalidate(f.end()));
        f.dating().kind().valueProperty().addListener((o, old, now) -> validation.revalidate(f.end()));
        validation.registerValidator(f.dating().margin(), false, (Control c, String text) -> {
            String problem = EventDraft.marginProblem(text);
            return ValidationResult.fromErrorIf(c, problem, problem != null);
        });
        validation.registerValidator(f.imagePath(), false, (Control c, String text) -> {
            String problem = EventDraft.pictureProblem(text);
            if (problem != null && EventDraft.isKeptPicture(text, pictureInFile)) {
                // The file's own picture, left as it was: said under the field, not refused, and the field not marked.
                f.imageReading().setText(Messages.get("form.image.outsideKept"));
                f.imageReading().pseudoClassStateChanged(INVALID, false);
                return new ValidationResult();
            }
            f.imageReading().setText(problem == null ? "" : problem);
            f.imageReading().pseudoClassStateChanged(INVALID, problem != null);
            return ValidationResult.fromMessageIf(c, problem, Severity.ERROR, problem != null);
        });
        // A screen reader hears a field's problem with the field, which the mark beside it and the
        // line under it are not tied to; the dates', read back or refused, with theirs.
        validation.validationResultProperty().addListener((o, old, result) -> {
            for (Control field : f.inOrder()) {
                if (field == f.start() || field == f.end()) {
                    continue; // bound to their readings below
                }
                field.setAccessibleHelp(result == null ? null : result.getErrors().stream()
                        .filter(m -> m.getTarget() == field).map(ValidationMessage::getText).findFirst().orElse(null));
            }
        });
        f.start().accessibleHelpProperty().bind(f.startReading().textProperty());
        f.end().accessibleHelpProperty().bind(f.endReading().textProperty());
        for (TextField field : List.of(f.imagePath(), f.imageCaption(), f.imageCredit())) {
            field.setAccessibleText(field.getPromptText()); // named by their prompts alone, gone once they are filled
        }
    }

    /** A text as long as the reader takes where at most {@code max} characters may be, or an error saying how long it is. */
    private static Validator<String> fitting(int max) {
        return (Control c, String text) -> {
            boolean over = !Limits.fits(text, max);
            return ValidationResult.fromErrorIf(c, over ? Messages.get("form.tooLong", Limits.characters(text, max), max) : "", over);
        };
    }

    /** A valid date as the form reads it back, "Reads as July 2007 (month)"; empty for no date. */
    private static String readingOf(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        HistoricalDate date = DateInput.parse(text);
        String precision = Messages.get("precision." + date.precision().name().toLowerCase(Locale.ROOT));
        return Messages.get("form.reads", DateText.format(date), precision);
    }

    /**
     * A field with a problem wears its edge in the danger colour (style class {@value #PROBLEM}), its
     * reason written under it; no field is marked only for being required, which on a valid title and
     * start date read as an error. A required field left empty is marked as a problem, with its reason.
     * (ControlsFX's graphic mark sat on the field's lower corner, over its edge and the label beside it.)
     */
    private static ValidationSupport withoutRequiredMarks(ValidationSupport validation) {
        validation.setValidationDecorator(new StyleClassValidationDecoration(PROBLEM, PROBLEM));
        return validation;
    }
}
