package org.chronoline.model.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.chronoline.model.TimelineEvent;

/**
 * "Put in order": five to eight events dealt from a study set, to arrange in time order. Events
 * whose dates overlap (the same day, or a year and a day in it) may stand either way round; every
 * other pair has one right order. The cards in the right place are the most that already stand in
 * such an order; the rest are the fewest to move.
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
     * fewer), not already in time order when that can be avoided. Events whose title names a year
     * ("Vienna Document 1992 adopted") are dealt only when the others are too few: such a card puts
     * itself in order.
     */
    public static OrderRound deal(List<TimelineEvent> set, int size, Random random) {
        List<TimelineEvent> pool = new ArrayList<>(set);
        Collections.shuffle(pool, random);
        // Stable: the shuffled order stays within each kind, titles that name no year first.
        pool.sort(Comparator.comparing(e -> !WhenAnswer.isWorthAsking(e)));
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
     * Checks an arrangement of this round's cards (any order of them). The cards in the right place
     * are the most that already stand in an order time allows, each after every one of them that
     * certainly came before it (cards whose dates overlap may stand either way); the others are out
     * of place: the fewest cards to move to put the round in order. One card put first instead of
     * last is that card wrong, not every card it pushed along. Among equally large orders, the one
     * whose cards stand nearest their places in time is kept. A card out of place is explained by
     * the nearest card it stands on the wrong side of.
     */
    public static Result check(List<TimelineEvent> arranged) {
        boolean[] kept = inOrder(arranged);
        List<Placement> placements = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < arranged.size(); i++) {
            TimelineEvent card = arranged.get(i);
            TimelineEvent cameBefore = null;
            TimelineEvent cameAfter = null;
            if (!kept[i]) {
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
            right += kept[i] ? 1 : 0;
            placements.add(new Placement(card, kept[i], cameBefore, cameAfter));
        }
        return new Result(placements, right);
    }

    /**
     * Which cards to keep where they stand: the largest set of positions whose cards are in an
     * order time allows, pair by pair (with uncertain dates "not certainly after" is not
     * transitive, so every pair is looked at); a round has at most {@link #MOST} cards, so every
     * set is tried. Ties go to the set whose cards stand nearest their ranks in time.
     */
    private static boolean[] inOrder(List<TimelineEvent> arranged) {
        int n = arranged.size();
        if (n > 16) {
            throw new IllegalArgumentException("more than 16 cards in one round: " + n);
        }
        boolean[][] clash = new boolean[n][n]; // clash[i][j], i < j: the card at j certainly came before the card at i
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                clash[i][j] = certainlyBefore(arranged.get(j), arranged.get(i));
            }
        }
        int[] rank = ranks(arranged);
        int best = 0;
        int bestSize = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int set = 0; set < 1 << n; set++) {
            int size = Integer.bitCount(set);
            if (size < bestSize || !consistent(set, clash)) {
                continue;
            }
            int distance = 0;
            for (int i = 0; i < n; i++) {
                distance += (set & 1 << i) != 0 ? Math.abs(rank[i] - i) : 0;
            }
            if (size > bestSize || distance < bestDistance) {
                best = set;
                bestSize = size;
                bestDistance = distance;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            kept[i] = (best & 1 << i) != 0;
        }
        return kept;
    }

    private static boolean consistent(int set, boolean[][] clash) {
        for (int i = 0; i < clash.length; i++) {
            for (int j = i + 1; (set & 1 << i) != 0 && j < clash.length; j++) {
                if ((set & 1 << j) != 0 && clash[i][j]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each arranged card's place in time order (by start, ties in the order given). */
    private static int[] ranks(List<TimelineEvent> arranged) {
        Integer[] order = new Integer[arranged.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(arranged.get(a).startSecond(), arranged.get(b).startSecond()));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
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
