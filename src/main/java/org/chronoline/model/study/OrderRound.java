package org.chronoline.model.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.chronoline.model.TimelineEvent;

/**
 * "Put in order": five to eight events dealt from a study set, to arrange in time order. Events
 * whose dates overlap (the same day, or a year and a day in it) may stand either way round; every
 * other pair has one right order, and a card is in the right place when its position is one it may
 * have in time order.
 */
public final class OrderRound {
    public static final int FEWEST = 5;
    public static final int MOST = 8;

    private final List<TimelineEvent> cards;

    private OrderRound(List<TimelineEvent> cards) {
        this.cards = List.copyOf(cards);
    }

    /**
     * Up to {@code size} events (between {@link #FEWEST} and {@link #MOST}, fewer when the set has
     * fewer), not already in time order when that can be avoided.
     */
    public static OrderRound deal(List<TimelineEvent> set, int size, Random random) {
        List<TimelineEvent> pool = new ArrayList<>(set);
        Collections.shuffle(pool, random);
        int n = Math.min(pool.size(), Math.max(FEWEST, Math.min(MOST, size)));
        List<TimelineEvent> dealt = new ArrayList<>(pool.subList(0, n));
        for (int attempt = 0; attempt < 10 && n > 1 && check(dealt).right() == n; attempt++) {
            Collections.shuffle(dealt, random);
        }
        return new OrderRound(dealt);
    }

    /** A round of exactly these cards, in this order: for tests and for a teacher's set. */
    public static OrderRound of(List<TimelineEvent> cards) {
        return new OrderRound(cards);
    }

    public List<TimelineEvent> cards() {
        return cards;
    }

    /**
     * Where one card stands in the student's order, and whether it is right; when it is not, a
     * card it stands on the wrong side of.
     *
     * @param before a card placed after this one that certainly came before it, or null
     * @param after  a card placed before this one that certainly came after it, or null
     */
    public record Placement(TimelineEvent event, boolean right, TimelineEvent before, TimelineEvent after) {
    }

    /** How the student's order went: each card in the order given, and how many are right. */
    public record Result(List<Placement> placements, int right) {
        public boolean allRight() {
            return right == placements.size();
        }
    }

    /**
     * Checks an arrangement of this round's cards (any order of them). A card is in the right place
     * when its position is one it may have in time order: after every card that certainly came
     * before it and before every card that certainly came after it (cards whose dates overlap may
     * stand either way). A card out of place is explained by the nearest card it stands on the
     * wrong side of.
     */
    public static Result check(List<TimelineEvent> arranged) {
        List<Placement> placements = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < arranged.size(); i++) {
            TimelineEvent card = arranged.get(i);
            int earlier = 0;
            int later = 0;
            for (TimelineEvent other : arranged) {
                earlier += other != card && certainlyBefore(other, card) ? 1 : 0;
                later += other != card && certainlyBefore(card, other) ? 1 : 0;
            }
            boolean ok = i >= earlier && i <= arranged.size() - 1 - later;
            TimelineEvent cameBefore = null;
            TimelineEvent cameAfter = null;
            if (!ok) {
                for (int j = i + 1; j < arranged.size() && cameBefore == null; j++) {
                    if (certainlyBefore(arranged.get(j), card)) {
                        cameBefore = arranged.get(j);
                    }
                }
                for (int j = i - 1; j >= 0 && cameAfter == null && cameBefore == null; j--) {
                    if (certainlyBefore(card, arranged.get(j))) {
                        cameAfter = arranged.get(j);
                    }
                }
            }
            right += ok ? 1 : 0;
            placements.add(new Placement(card, ok, cameBefore, cameAfter));
        }
        return new Result(placements, right);
    }

    /**
     * Whether {@code a} began before {@code b} whatever is uncertain: the latest a's start may be is
     * no later than the earliest b's may be (precision, margin, before/after, between, disputed).
     */
    public static boolean certainlyBefore(TimelineEvent a, TimelineEvent b) {
        return startRange(a)[1] <= startRange(b)[0];
    }

    /** When an event may have begun: its band of uncertainty, or for a span the part of it around its start. */
    private static long[] startRange(TimelineEvent e) {
        long[] possible = e.possibleSeconds();
        return e.isSpan() ? new long[] {possible[0], Math.max(possible[0], e.start().endSecond())} : possible;
    }

    /** The cards in time order: what the check reveals. */
    public List<TimelineEvent> inTimeOrder() {
        List<TimelineEvent> sorted = new ArrayList<>(cards);
        sorted.sort((a, b) -> Long.compare(a.startSecond(), b.startSecond()));
        return sorted;
    }
}
