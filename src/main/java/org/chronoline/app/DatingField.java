package org.chronoline.app;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.chronoline.model.Dating;
import org.chronoline.text.Messages;

/**
 * How sure an event's date is, in the event form: as stated, before or after the date, between the
 * start and the end, or disputed; and a margin in years ("c. 1990 ± 5 years", or how far back a
 * "before" reaches). A word a later version wrote is offered as it is, so editing keeps it.
 */
final class DatingField extends FlowPane {
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField margin = new TextField();

    DatingField(Dating dating) {
        super(8, 4);
        setAlignment(Pos.CENTER_LEFT);
        kind.setId("form-dating");
        kind.getItems().add("");
        kind.getItems().addAll(Dating.KINDS);
        if (dating.kind() != null && !Dating.KINDS.contains(dating.kind())) {
            kind.getItems().add(dating.kind());
        }
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String k) {
                if (k == null || k.isEmpty()) {
                    return Messages.get("form.dating.stated");
                }
                return Dating.KINDS.contains(k) ? Messages.get("form.dating." + k) : k;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        kind.setValue(dating.kind() == null ? "" : dating.kind());
        kind.setAccessibleText(Messages.get("form.dating"));
        margin.setId("form-margin");
        margin.setText(dating.margin() == null ? "" : format(dating.margin()));
        margin.setPromptText(Messages.get("form.margin.prompt"));
        margin.setAccessibleText(Messages.get("form.margin"));
        Label plusMinus = new Label(Messages.get("form.margin"));
        plusMinus.setLabelFor(margin);
        // The column is as narrow as the details panel: the margin goes under the choice where both do not
        // fit on one line (in Russian at 1024 x 768 they ran past the panel), and the choice is never wider than the column.
        // As wide as its longest choice (a fixed 150 pixels cut German's "wie angegeben"), never wider than the column.
        kind.maxWidthProperty().bind(widthProperty());
        margin.setMinWidth(48);
        margin.setPrefColumnCount(4);
        plusMinus.setMinWidth(Region.USE_PREF_SIZE);
        HBox sure = new HBox(8, plusMinus, margin);
        sure.setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        setPrefWrapLength(150);
        getChildren().addAll(kind, sure);
    }

    ComboBox<String> kind() {
        return kind;
    }

    TextField margin() {
        return margin;
    }

    String kindValue() {
        return kind.getValue() == null ? "" : kind.getValue();
    }

    private static String format(double years) {
        return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
    }
}
