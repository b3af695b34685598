package org.chronoline.app;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * An observable list that is never edited, only replaced whole by another list: one change for
 * listeners, whatever the size. JavaFX's own lists add the elements of {@code setAll} one at a
 * time, each a call through the change builder: 100,000 events took a new Java 20-80 ms that
 * way, on the window's thread, as a large file opened.
 *
 * <p>Read-only to everyone else: the list given is kept, not copied, so it must not change after.
 */
final class SnapshotList<E> extends ObservableListBase<E> {
    private List<? extends E> elements = List.of();

    /** Shows {@code now} in place of what was shown, as one change (removed, then added). */
    void replace(List<? extends E> now) {
        List<? extends E> before = elements;
        if (before.isEmpty() && now.isEmpty()) {
            return;
        }
        beginChange();
        elements = now;
        modCount++; // an iterator still open over the list before fails fast, as with JavaFX's own lists
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!now.isEmpty()) {
            nextAdd(0, now.size());
        }
        endChange();
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }
}
