package org.chronoline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.chronoline.io.OutOfMemory;
import org.chronoline.io.PaperSize;
import org.chronoline.model.DisplayText;
import org.chronoline.text.Messages;
import org.chronoline.view.LayoutMode;
import org.chronoline.view.Marks;
import org.chronoline.view.PrintPages;
import org.chronoline.view.TimeScale;
import org.chronoline.view.TimelineContent;
import org.chronoline.view.TimelineRenderer;
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
    /** What is printed, cut into the pages, and the size on paper of one of its units. */
    private TimelineRenderer.Drawing drawing;
    private double zoom = 1;

    /** The dialog's width in its type's size: the preview's 760 pixels and the dialog's margins at the usual 13-pixel type. */
    private static final double PREVIEW_WIDTH_EM = 62;
    /** The dialog's margins and the scroll bar beside the preview, in pixels. */
    private static final double PREVIEW_MARGINS = 48;
    /** Where Letter is the usual paper (the United States, Canada, Mexico and others of the Americas, the Philippines). */
    private PrintPreview(TimelineView timeline, String title) {
        this.timeline = timeline;
        this.title = title;
    }

    static void show(Dialogs dialogs, TimelineView timeline, String title, Consumer<String> status) {
        new PrintPreview(timeline, title).open(dialogs, status);
    }

    private void open(Dialogs dialogs, Consumer<String> status) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialogs.prepare(dialog);
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

        // The options wrap and the dialog is as wide as the preview, at most the screen: in German, French and Russian
        // they and the header ran the dialog off a 1024-pixel screen, the Print button with it.
        Label extentLabel = new Label(Messages.get("print.extent"));
        FlowPane options = new FlowPane(10, 6, extentLabel, extent, new Label(Messages.get("print.across")), across, orientation,
                count);
        options.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, options, preview));
        // Never narrower than the page's picture, which does not scale with the type (at 80% it was cut on both sides).
        dialogs.fitWidth(dialog.getDialogPane(), PREVIEW_WIDTH_EM, extentLabel, preview.getPrefWidth() + PREVIEW_MARGINS);
        paginate();
        if (dialog.showAndWait().filter(b -> b == print).isPresent()) {
            send(dialogs, status);
        }
    }

    /**
     * The printable area of the default printer's own paper (Letter on most American printers: the
     * preview laid out A4 pages, which the printout then drew again at another size), or, with no
     * printer, of the paper usual where the user is ({@link #usualPaper}).
     */
    private double[] printable() {
        Printer printer = Printer.getDefaultPrinter();
        if (printer != null) {
            Paper paper = printer.getDefaultPageLayout().getPaper();
            PageLayout layout = printer.createPageLayout(paper, orientation.getValue(), Printer.MarginType.DEFAULT);
            return new double[] {layout.getPrintableWidth(), layout.getPrintableHeight()};
        }
        Paper paper = usualPaper(Locale.getDefault(Locale.Category.FORMAT));
        boolean landscape = orientation.getValue() == PageOrientation.LANDSCAPE;
        double w = paper.getWidth() - 72;
        double h = paper.getHeight() - 72;
        return landscape ? new double[] {h, w} : new double[] {w, h};
    }

    /**
     * The paper of a handout (a PDF, printed later): Letter when the default printer holds Letter,
     * A4 when it holds A4, otherwise, and with no printer, the paper usual where the user is.
     */
    static PaperSize handoutPaper() {
        Printer printer = Printer.getDefaultPrinter();
        Paper paper = printer != null ? printer.getDefaultPageLayout().getPaper() : null;
        for (PaperSize size : PaperSize.values()) {
            if (paper != null && Math.abs(paper.getWidth() - size.width()) < 2 && Math.abs(paper.getHeight() - size.height()) < 2) {
                return size;
            }
        }
        return PaperSize.usual(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Letter in the Americas' Letter countries (the United States, Canada, Mexico and others), A4 elsewhere. */
    static Paper usualPaper(Locale where) {
        return PaperSize.usual(where) == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4;
    }

    private void paginate() {
        double[] area = printable();
        double width = area[0];
        double drawingHeight = drawingHeight(area[1]);
        TimelineRenderer renderer = timeline.renderer();
        TimelineContent content = timeline.getContent();
        LayoutMode mode = timeline.getLayoutMode();
        TimeScale now = timeline.getScale();
        PrintPages.Printed printed = extent.getValue() == Extent.VIEW
                ? PrintPages.periodOnPage(renderer, content, mode, now.startSecond(), now.endSecond(Math.max(1, timeline.getViewportWidth())),
                        width, drawingHeight, Marks.selecting(timeline.getSelectedIds()))
                // What does not fit the page's height goes onto further pages below.
                : PrintPages.scaledToHeight(w -> renderer.whole(content, mode, w, Marks.NONE), width * across.getValue(), drawingHeight);
        drawing = printed.drawing();
        zoom = printed.zoom();
        pages = PrintPages.tile(drawing, width / zoom, drawingHeight / zoom);
        // Without a factory while the count changes, then with it again: the first page is drawn once, anew.
        preview.setPageFactory(null);
        preview.setPageCount(pages.size());
        preview.setCurrentPageIndex(0);
        preview.setPageFactory(this::previewPage);
        count.setText(Messages.get(pages.size() == 1 ? "print.count.one" : "print.count", pages.size()));
    }

    /** The room for the drawing on a page: the page less its title and footer. */
    private static double drawingHeight(double pageHeight) {
        return Math.max(100, pageHeight - 60);
    }

    /** A page as it will print, scaled down to fit the preview. */
    private Node previewPage(int index) {
        double[] area = printable();
        Region page = page(pages.get(index), area[0], area[1]);
        page.getStyleClass().add("print-page");
        Group scaled = new Group(page);
        double fit = Math.min(700 / area[0], 440 / area[1]);
        page.setScaleX(fit);
        page.setScaleY(fit);
        return new StackPane(scaled);
    }

    /** One printed page: the title, its part of the drawing, the period and page number. */
    Region page(PrintPages.Page page, double width, double height) {
        Label heading = new Label(DisplayText.line(title));
        heading.getStyleClass().add("print-title");
        Label footer = new Label(Messages.get("print.footer", page.range(), page.number(), page.of()));
        footer.getStyleClass().add("print-footer");
        double density = PRINT_DENSITY * zoom;
        WritableImage part = timeline.renderer().region(drawing, density, (int) Math.round(page.x() * density),
                (int) Math.round(page.y() * density), (int) Math.ceil(page.width() * density), (int) Math.ceil(page.height() * density));
        ImageView picture = new ImageView(part);
        picture.setFitWidth(page.width() * zoom);
        picture.setFitHeight(page.height() * zoom);
        picture.setSmooth(true);
        VBox box = new VBox(6, heading, picture, footer);
        box.setPrefSize(width, height);
        box.setMaxSize(width, height);
        box.getStyleClass().add("print-paper");
        return box;
    }

    /** Asks the system which printer and how, then prints every page. */
    private void send(Dialogs dialogs, Consumer<String> status) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            dialogs.prepare(alert);
            alert.setTitle(Messages.get("print.title"));
            alert.setHeaderText(Messages.get("print.noPrinter"));
            alert.setContentText(Messages.get("print.noPrinter.text"));
            alert.showAndWait();
            return;
        }
        if (!job.showPrintDialog(dialogs.owner())) {
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(), orientation.getValue(),
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        List<Region> printed = new ArrayList<>();
        try {
            for (PrintPages.Page page : pages) {
                printed.add(page(page, layout.getPrintableWidth(), layout.getPrintableHeight()));
            }
        } catch (OutOfMemoryError e) {
            printed.clear();
            job.cancelJob();
            dialogs.error(Messages.get("print.title"), Messages.get("print.failed", pages.size()), OutOfMemory.why(e));
            return;
        }
        boolean ok = true;
        for (Region page : printed) {
            // A scene of its own, with the window's styles, lays the page out for the printer.
            Scene scene = new Scene(new Group(page));
            scene.getStylesheets().addAll(dialogs.owner().getScene().getStylesheets());
            page.applyCss();
            page.layout();
            ok &= job.printPage(layout, page);
        }
        ok &= job.endJob();
        status.accept(Messages.get(ok ? "print.sent" : "print.failed", printed.size()));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
