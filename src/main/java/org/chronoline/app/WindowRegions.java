package org.chronoline.app;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F6 and Shift+F6 move the keys from one region of the window to the next, as in most desktop
 * programs: the timeline (or the list), the side panel, the search field, the filters when they are
 * open. Tab walks a region's controls one by one; a keyboard user went through a long side panel
 * to reach the search field, and F6 did nothing.
 */
final class WindowRegions {
    /**
     * A region: its outermost node (null when not shown), and what gives it the keys, false when
     * it has nothing to take them.
     */
    record Region(Supplier<Node> root, BooleanSupplier take) {
        /** A region that always takes the keys when shown, given them by {@code focus}. */
        static Region focusing(Supplier<Node> root, Runnable focus) {
            return new Region(root, () -> {
                focus.run();
                return true;
            });
        }

        boolean holds(Node node) {
            Node top = root.get();
            for (Node n = node; n != null && top != null; n = n.getParent()) {
                if (n == top) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Region> regions;

    private WindowRegions(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** F6 and Shift+F6 on {@code scene}, through the regions in this order. */
    static void install(Scene scene, List<Region> regions) {
        WindowRegions cycle = new WindowRegions(regions);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                cycle.move(scene.getFocusOwner(), e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    /** Gives the keys to the next region after the one holding {@code from} (or the first) that takes them. */
    void move(Node from, int direction) {
        int at = -1;
        for (int i = 0; i < regions.size() && from != null; i++) {
            if (regions.get(i).holds(from)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            at = direction > 0 ? regions.size() - 1 : 0;
        }
        for (int step = 1; step <= regions.size(); step++) {
            Region next = regions.get(Math.floorMod(at + step * direction, regions.size()));
            if (next.root().get() != null && next.take().getAsBoolean()) {
                return;
            }
        }
    }
}
