package org.chronoline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;

class SnapshotListTest {
    private final SnapshotList<Integer> list = new SnapshotList<>();
    private final List<String> heard = new ArrayList<>();

    SnapshotListTest() {
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                heard.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getRemovedSize() + "/" + c.getAddedSize());
            }
        });
    }

    @Test
    void aHundredThousandElementsArriveAsOneChange() {
        List<Integer> many = IntStream.range(0, 100_000).boxed().toList();

        list.replace(many);
        list.replace(List.of(7, 8));
        list.replace(List.of());
        list.replace(List.of());

        assertThat(heard).containsExactly("added 0/100000", "replaced 100000/2", "removed 2/0");
        assertThat(list).isEmpty();
    }

    @Test
    void aSortedViewOfItFollowsEachReplacement() {
        SortedList<Integer> sorted = new SortedList<>(list, Comparator.reverseOrder());

        list.replace(List.of(2, 9, 4));
        assertThat(sorted).containsExactly(9, 4, 2);
        list.replace(List.of(1, 3));
        assertThat(sorted).containsExactly(3, 1);
    }

    @Test
    void nobodyElseChangesIt() {
        list.replace(List.of(1));

        assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).containsExactly(1);
    }
}
