package org.chronoline.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.junit.jupiter.api.Test;

/** A handout's picture of a step shows the step's own title whole, as its slide does. */
class HandoutPicturesTest {
    /** As a handout's page has them, in points; type at print size. */
    private static final double WIDTH = org.chronoline.io.HandoutWriter.width(org.chronoline.io.PaperSize.A4);
    private static final double HEIGHT = org.chronoline.io.HandoutWriter.STEP_PICTURE_HEIGHT;
    private static final double OVERVIEW_HEIGHT = org.chronoline.io.HandoutWriter.overviewHeight(org.chronoline.io.PaperSize.A4);

    private static TimelineDocument bundled() {
        return new TimelineFileReader().read(Path.of("data/events.json")).document();
    }

    /** As the handout draws: the light theme, its type at print size. Call on JavaFX's thread. */
    private static TimelineRenderer printRenderer() {
        return new TimelineRenderer(Theme.LIGHT.timelineStyle().withFontsScaled(0.75));
    }

    /**
     * In the bundled tour's handout, steps 11, 14, 17, 19 and 20 read "Putin's decree suspending the CFE
     * Treat...", "Russia leaves the CFE Joint Consultative..." in their own pictures: a long title near
     * the middle of the period fitted on neither side of its marker.
     */
    @Test
    void everyStepOfTheBundledTourHasItsTitleWholeInItsPicture() throws Exception {
        TimelineDocument document = bundled();
        TimelineContent content = new TimelineContent(document);
        PresentationSteps steps = PresentationSteps.ofTour(document.tours().get(0), content::event);
        List<String> cut = FxThread.call(() -> {
            TimelineRenderer renderer = printRenderer();
            HandoutPictures pictures = new HandoutPictures(renderer, document, steps, 1);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                TimelineRenderer.Drawing drawing = pictures.stepDrawing(i, WIDTH, HEIGHT);
                TimelineEvent step = steps.steps().get(i);
                TimelineLayout.ItemBox item = renderer.layout(content, drawing.mode(), drawing.scale(), drawing.width(), drawing.packing())
                        .item(step.id());
                if (item == null || !step.title().equals(item.label()) || item.labelX() + item.labelWidth() > WIDTH) {
                    out.add((i + 1) + ": " + (item == null ? null : item.label()));
                }
            }
            return out;
        });
        assertThat(cut).isEmpty();
    }

    /**
     * The bundled tour's first page read "Putin's decree suspending the CFE Treaty (..." and "United
     * States and allies stop CFE data exchange wi...": long titles in the middle of the period fit on
     * neither side of their step, while a quarter of the page stayed empty below the picture.
     */
    @Test
    void theOverviewOfTheBundledTourHasEveryTitleWhole() throws Exception {
        TimelineDocument document = bundled();
        TimelineContent content = new TimelineContent(document);
        PresentationSteps steps = PresentationSteps.ofTour(document.tours().get(0), content::event);
        List<String> cut = new ArrayList<>();
        HandoutPictures.Picture picture = FxThread.call(() -> {
            TimelineRenderer renderer = printRenderer();
            HandoutPictures pictures = new HandoutPictures(renderer, document, steps, 1);
            TimelineRenderer.Drawing drawing = pictures.overviewDrawing(WIDTH, OVERVIEW_HEIGHT);
            TimelineLayout layout = renderer.layout(drawing);
            for (TimelineEvent step : steps.steps()) {
                TimelineLayout.ItemBox item = layout.item(step.id());
                if (item == null || !step.title().equals(item.label()) || item.labelX() < 0 || item.labelX() + item.labelWidth() > drawing.width()) {
                    cut.add(item == null ? step.title() : item.label());
                }
            }
            return pictures.overview(WIDTH, OVERVIEW_HEIGHT);
        });
        assertThat(cut).isEmpty();
        // Shrunk onto the page's width, within the room the page has, as sharp as the other pictures.
        assertThat(picture.width()).isCloseTo(WIDTH, org.assertj.core.data.Offset.offset(0.01));
        assertThat(picture.height()).isLessThanOrEqualTo(OVERVIEW_HEIGHT);
        assertThat(picture.pixelWidth()).isEqualTo((int) Math.round(WIDTH));
    }

    /**
     * The overview is the handout's one picture of its whole period: an era too narrow there for its
     * name (the CFE negotiations, 1989-1990, in the tour's 1989-2023) was named nowhere on paper. The
     * picture's key names it, with its dates and its ribbon's colour; an era named in its ribbon is
     * not named twice.
     */
    @Test
    void theOverviewKeysEveryEraItCannotName() throws Exception {
        TimelineDocument document = bundled();
        TimelineContent content = new TimelineContent(document);
        PresentationSteps steps = PresentationSteps.ofTour(document.tours().get(0), content::event);
        List<String> namedInRibbons = new ArrayList<>();
        HandoutPictures.Picture picture = FxThread.call(() -> {
            TimelineRenderer renderer = printRenderer();
            HandoutPictures pictures = new HandoutPictures(renderer, document, steps, 1);
            TimelineRenderer.Drawing drawing = pictures.overviewDrawing(WIDTH, OVERVIEW_HEIGHT);
            for (TimelineLayout.EraBox box : renderer.layout(drawing).eras()) {
                if (box.era().title().equals(box.label())) {
                    namedInRibbons.add(box.era().title());
                }
            }
            return pictures.overview(WIDTH, OVERVIEW_HEIGHT);
        });
        assertThat(picture.key()).extracting(HandoutPictures.EraKey::name).containsExactly("CFE negotiated");
        assertThat(picture.key().get(0).dates()).isEqualTo("9 March 1989 \u2013 19 November 1990");
        int rgb = picture.key().get(0).rgb();
        assertThat(rgb >> 16 & 0xff).as("lavender, as its ribbon: red").isGreaterThan(200);
        assertThat(rgb & 0xff).as("blue").isGreaterThan(230);
        assertThat(namedInRibbons).isNotEmpty().doesNotContain("CFE negotiated");
    }
}
