package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chronoline.bench.SyntheticTimeline;
import org.chronoline.io.TimelineFileReader;
import org.chronoline.model.TimelineDocument;
import org.chronoline.model.TimelineEvent;
import org.chronoline.model.find.EventSearch;
import org.chronoline.model.find.SearchQuery;
import org.chronoline.text.Messages;
import org.chronoline.view.TimelineView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first search of a large file, and its first "did you mean": the texts are folded and the words
 * listed on a background thread, while the window says it is searching, instead of on the JavaFX
 * thread, which held the window still for 0.6–3.4 s on 100,000 events. The background work runs here
 * when the test says, so that what the window shows meanwhile can be seen.
 */
@ExtendWith(ApplicationExtension.class)
class LargeFileSearchTest {
    @TempDir
    static Path dir;
    private static TimelineDocument large;
    private static TimelineDocument other;
    private static TimelineDocument bundled;
    private static TimelineDocument bigger;
    /** The work handed to the background, held until {@link #runHeldWork} runs it on the test's thread. */
    private final List<Runnable> held = new ArrayList<>();
    private Finder finder;
    private TimelineView timeline;

    @BeforeAll
    static void read() throws Exception {
        large = write("large.json", 3_000, 7);
        other = write("other.json", 2_500, 8);
        bigger = write("bigger.json", 4_000, 9);
        bundled = new TimelineFileReader().read(WindowTest.BUNDLED).document();
    }

    private static TimelineDocument write(String name, int events, long seed) throws Exception {
        Path file = dir.resolve(name);
        SyntheticTimeline.write(file, events, seed);
        return new TimelineFileReader().read(file).document();
    }

    @Start
    void start(Stage stage) {
        timeline = new TimelineView();
        finder = new Finder(timeline, new Background(new AbstractExecutorService() {
            @Override
            public void execute(Runnable work) {
                synchronized (held) {
                    held.add(work);
                }
            }

            @Override
            public void shutdown() {
            }

            @Override
            public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        }));
        stage.setScene(new Scene(timeline, 800, 400));
        stage.show();
    }

    private int runHeldWork() {
        List<Runnable> work;
        synchronized (held) {
            work = List.copyOf(held);
            held.clear();
        }
        work.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        return work.size();
    }

    private List<String> search(FxRobot robot, String typed) {
        robot.interact(() -> finder.queryProperty().set(SearchQuery.parse(typed)));
        return ids();
    }

    private List<String> ids() {
        return finder.matches().stream().map(TimelineEvent::id).toList();
    }

    @Test
    void aLargeFilesFirstSearchSaysItIsSearchingAndShowsTheMatchesOnceTheTextsAreFolded(FxRobot robot) {
        robot.interact(() -> finder.newDocument(large));

        assertThat(search(robot, "ultimatum")).as("nothing found on the JavaFX thread").isEmpty();
        assertThat(finder.searchStatusProperty().get()).isEqualTo(Messages.get("status.searching", 3_000));
        assertThat(finder.searchingProperty().get()).isTrue();
        assertThat(runHeldWork()).as("the folding").isEqualTo(1);
        assertThat(finder.searchingProperty().get()).isFalse();

        List<String> expected = new EventSearch().ranked(SearchQuery.parse("ultimatum"), finder.shown()).stream()
                .map(TimelineEvent::id).toList();
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(ids()).isEqualTo(expected);
        assertThat(finder.searchStatusProperty().get()).isEqualTo(Messages.get("status.matches", expected.size()));

        // Later searches look at the folded texts at once.
        assertThat(search(robot, "ultimatum ceasefire")).isNotEmpty();
        assertThat(runHeldWork()).isZero();
    }

    @Test
    void itsFirstDidYouMeanIsOfferedOnceTheWordsAreListed(FxRobot robot) {
        robot.interact(() -> finder.newDocument(large));
        search(robot, "treaty");
        runHeldWork();

        assertThat(search(robot, "utlimatum")).isEmpty();
        assertThat(finder.suggestionProperty().get()).as("while the words are listed").isEmpty();
        assertThat(finder.searchStatusProperty().get()).isEqualTo(Messages.get("status.noMatches"));
        assertThat(runHeldWork()).as("the listing").isEqualTo(1);

        assertThat(finder.suggestionProperty().get()).isEqualTo("ultimatum");
        assertThat(finder.searchStatusProperty().get()).isEqualTo(Messages.get("status.noMatchesDidYouMean", "ultimatum"));
    }

    /** What the background made for a file is not taken once another is open: its matches would be of the other file. */
    @Test
    void whatWasFoldedForAFileClosedMeanwhileIsLeft(FxRobot robot) {
        robot.interact(() -> finder.newDocument(large));
        search(robot, "treaty");
        Runnable first;
        synchronized (held) {
            first = held.remove(0);
        }
        robot.interact(() -> finder.newDocument(other));
        search(robot, "ceasefire");

        first.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finder.searchingProperty().get()).as("still waiting for the open file's texts").isTrue();
        assertThat(ids()).as("nothing of the closed file's").isEmpty();
        assertThat(runHeldWork()).as("the open file's folding").isEqualTo(1);
        List<String> expected = new EventSearch().ranked(SearchQuery.parse("ceasefire"), finder.shown()).stream()
                .map(TimelineEvent::id).toList();
        assertThat(ids()).isNotEmpty().isEqualTo(expected);
    }

    /**
     * An edit that brings more new events than a search folds as it looks (a paste, an undone deletion):
     * until their texts are folded, the matches shown are those known, among the events the edit left
     * alone, not the last search's, whose events may be gone or changed.
     */
    @Test
    void anEditOfManyEventsShowsOnlyTheMatchesKnownWhileTheNewTextsAreFolded(FxRobot robot) {
        robot.interact(() -> finder.newDocument(large));
        search(robot, "treaty");
        runHeldWork();
        List<String> before = ids();
        List<TimelineEvent> kept = large.events().subList(0, 1_000);
        List<TimelineEvent> events = new ArrayList<>(kept);
        events.addAll(bigger.events().subList(1_000, 4_000));
        TimelineDocument edited = new TimelineDocument(large.version(), large.title(), large.description(), large.categories(),
                large.eras(), events, large.tours(), large.views(), large.extras());

        robot.interact(() -> finder.documentChanged(edited));

        assertThat(finder.searchStatusProperty().get()).isEqualTo(Messages.get("status.searching", 4_000));
        List<String> known = new EventSearch().ranked(SearchQuery.parse("treaty"),
                finder.shown().stream().filter(kept::contains).toList()).stream().map(TimelineEvent::id).toList();
        assertThat(known).isNotEmpty().hasSizeLessThan(before.size());
        assertThat(ids()).as("the matches among the events left alone").isEqualTo(known);
        assertThat(timelineMatches()).containsExactlyInAnyOrderElementsOf(known);
        robot.interact(() -> finder.step(1));
        assertThat(finder.searchStatusProperty().get()).as("stepping says no count of a partial list")
                .isEqualTo(Messages.get("status.searching", 4_000));

        assertThat(runHeldWork()).as("the new events' folding").isEqualTo(1);
        List<String> expected = new EventSearch().ranked(SearchQuery.parse("treaty"), finder.shown()).stream()
                .map(TimelineEvent::id).toList();
        assertThat(expected).hasSizeGreaterThan(known.size());
        assertThat(ids()).isEqualTo(expected);
        assertThat(timelineMatches()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A file's first search knows no match until its texts are folded: the timeline is not dimmed meanwhile, as if nothing matched. */
    @Test
    void nothingIsDimmedWhileAFilesFirstSearchWaits(FxRobot robot) {
        robot.interact(() -> finder.newDocument(large));
        search(robot, "treaty");

        assertThat(finder.searchingProperty().get()).isTrue();
        assertThat(timelineMatches()).isNull();
    }

    private Set<String> timelineMatches() {
        return timeline.getMatches();
    }

    /** Typed before any file is open (while the first one is read): nothing found, nothing waited for, nothing broken. */
    @Test
    void typingBeforeAnyFileIsOpenFindsNothing(FxRobot robot) {
        assertThat(search(robot, "treaty")).isEmpty();
        assertThat(finder.searchingProperty().get()).isFalse();
        assertThat(held).isEmpty();
    }

    /** A small file is searched as it is typed, with nothing handed to the background. */
    @Test
    void aSmallFileIsSearchedAtOnce(FxRobot robot) {
        robot.interact(() -> finder.newDocument(bundled));

        assertThat(search(robot, "moscow treaty")).startsWith("sort-signed", "sort-in-force");
        assertThat(search(robot, "moskow")).isEmpty();
        assertThat(finder.suggestionProperty().get()).isEqualTo("Moscow");
        assertThat(held).isEmpty();
    }
}
