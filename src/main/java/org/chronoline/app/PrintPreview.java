package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chronoline.text.Messages;
import org.chronoline.view.PrintPages;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineView;

/**
 * File > Print: the pages first, then the printer. The current view prints on one page; the whole
 * timeline prints across as many pages side by side as chosen. Each page carries the timeline's
 * title above and the period it shows, with its page number, below. Printing goes through JavaFX's
 * printing API to the system's printers.
 */
final class PrintPreview {
    /** The drawing is made at this many pixels per point, so it prints sharply. */
    private static final double PRINT_DENSITY = 2.5;

    enum Extent {
        VIEW, WHOLE
    }

    private final TimelineView timeline;
    private final String title;
    private final ChoiceBox<Extent> extent = new ChoiceBox<>();
    private final Spinner<Integer> across = new Spinner<>(1, 12, 3);
    private final ChoiceBox<PageOrientation> orientation = new ChoiceBox<>();
    private final Pagination preview = new Pagination();
    private final Label count = new Label();
    private List<PrintPages.Page> pages = List.of();

    private PrintPreview(TimelineView timeline, String title) {
        this.timeline = timeline;
        this.title = title;
    }

    static void show(Window owner, TimelineView timeline, String title, Consumer<String> status) {
        new PrintPreview(timeline, title).open(owner, status);
    }

    private void open(Window owner, Consumer<String> status) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("print.title"));
        dialog.setHeaderText(Messages.get("print.header"));
        dialog.getDialogPane().setId("print-preview");
        ButtonType print = new ButtonType(Messages.get("print.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(print, ButtonType.CANCEL);

        extent.getItems().setAll(Extent.values());
        extent.setValue(Extent.VIEW);
        extent.setId("print-extent");
        extent.setConverter(converter(e -> Messages.get(e == Extent.VIEW ? "print.extent.view" : "print.extent.whole")));
        orientation.getItems().setAll(PageOrientation.LANDSCAPE, PageOrientation.PORTRAIT);
        orientation.setValue(PageOrientation.LANDSCAPE);
        orientation.setConverter(converter(o -> Messages.get(o == PageOrientation.LANDSCAPE ? "print.landscape" : "print.portrait")));
        across.setId("print-across");
        across.disableProperty().bind(extent.valueProperty().isEqualTo(Extent.VIEW));
        extent.valueProperty().addListener((o, old, now) -> paginate());
        across.valueProperty().addListener((o, old, now) -> paginate());
        orientation.valueProperty().addListener((o, old, now) -> paginate());
        preview.setId("print-pages");
        preview.setPrefSize(760, 520);
        count.setId("print-count");

        HBox options = new HBox(10, new Label(Messages.get("print.extent")), extent, new Label(Messages.get("print.across")), across,
                orientation, count);
        options.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, options, preview));
        paginate();
        if (dialog.showAndWait().filter(b -> b == print).isPresent()) {
            send(owner, status);
        }
    }

    /** The printable area of the default printer's page, or of an A4 page when there is no printer. */
    private double[] printable() {
        Printer printer = Printer.getDefaultPrinter();
        if (printer != null) {
            PageLayout layout = printer.createPageLayout(Paper.A4, orientation.getValue(), Printer.MarginType.DEFAULT);
            return new double[] {layout.getPrintableWidth(), layout.getPrintableHeight()};
        }
        boolean landscape = orientation.getValue() == PageOrientation.LANDSCAPE;
        double w = Paper.A4.getWidth() - 72;
        double h = Paper.A4.getHeight() - 72;
        return landscape ? new double[] {h, w} : new double[] {w, h};
    }

    private void paginate() {
        double width = printable()[0];
        if (extent.getValue() == Extent.VIEW) {
            TimeScale now = timeline.getScale();
            double viewWidth = Math.max(1, timeline.getWidth());
            pages = PrintPages.split(now.startSecond(), now.endSecond(viewWidth), 1, width);
        } else {
            TimelineView.WholeTimeline whole = timeline.wholeTimeline(width * across.getValue());
            pages = PrintPages.split(whole.scale().startSecond(), whole.scale().endSecond(whole.width()), across.getValue(), width);
        }
        // Without a factory while the count changes, then with it again: the first page is drawn once, anew.
        preview.setPageFactory(null);
        preview.setPageCount(pages.size());
        preview.setCurrentPageIndex(0);
        preview.setPageFactory(this::previewPage);
        count.setText(Messages.get(pages.size() == 1 ? "print.count.one" : "print.count", pages.size()));
    }

    /** A page as it will print, scaled down to fit the preview. */
    private Node previewPage(int index) {
        double[] area = printable();
        Region page = page(pages.get(index), area[0], area[1]);
        page.getStyleClass().add("print-page");
        javafx.scene.Group scaled = new javafx.scene.Group(page);
        double fit = Math.min(700 / area[0], 440 / area[1]);
        page.setScaleX(fit);
        page.setScaleY(fit);
        return new StackPane(scaled);
    }

    /** One printed page: the title, the drawing, the period and page number. */
    Region page(PrintPages.Page page, double width, double height) {
        Label heading = new Label(org.chronoline.model.DisplayText.line(title));
        heading.getStyleClass().add("print-title");
        Label footer = new Label(Messages.get("print.footer", page.range(), page.number(), page.of()));
        footer.getStyleClass().add("print-footer");
        double drawingHeight = Math.max(100, height - 60);
        // Every lane on the page: when they are taller than the page, the drawing is made larger and
        // printed smaller (up to two and a half times), rather than cutting lanes off.
        double shrink = Math.max(1, Math.min(2.5, timeline.fullHeight(width, page.scale()) / drawingHeight));
        TimeScale scale = new TimeScale(page.scale().startSecond(), page.scale().secondsPerPixel() / shrink);
        WritableImage rendered = timeline.renderImage(width * shrink, drawingHeight * shrink, PRINT_DENSITY / shrink, scale);
        // renderImage reuses its buffer: each page keeps a copy of its own.
        WritableImage copy = new WritableImage(rendered.getPixelReader(), (int) rendered.getWidth(), (int) rendered.getHeight());
        ImageView drawing = new ImageView(copy);
        drawing.setFitWidth(width);
        drawing.setFitHeight(drawingHeight);
        drawing.setSmooth(true);
        VBox box = new VBox(6, heading, drawing, footer);
        box.setPrefSize(width, height);
        box.setMaxSize(width, height);
        box.getStyleClass().add("print-paper");
        return box;
    }

    /** Asks the system which printer and how, then prints every page. */
    private void send(Window owner, Consumer<String> status) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(owner);
            alert.setTitle(Messages.get("print.title"));
            alert.setHeaderText(Messages.get("print.noPrinter"));
            alert.setContentText(Messages.get("print.noPrinter.text"));
            alert.showAndWait();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(), orientation.getValue(),
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        List<Region> printed = new ArrayList<>();
        for (PrintPages.Page page : pages) {
            printed.add(page(page, layout.getPrintableWidth(), layout.getPrintableHeight()));
        }
        boolean ok = true;
        for (Region page : printed) {
            // A scene of its own, with the window's styles, lays the page out for the printer.
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.Group(page));
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            page.applyCss();
            page.layout();
            ok &= job.printPage(layout, page);
        }
        ok &= job.endJob();
        status.accept(Messages.get(ok ? "print.sent" : "print.failed", printed.size()));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
