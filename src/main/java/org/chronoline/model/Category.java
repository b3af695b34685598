package org.chronoline.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of event, shown as a lane and a colour.
 *
 * @param color "#RRGGBB", or null to let the view choose from its palette
 */
public record Category(String id, String name, String color, ExtraFields extras) {
    /** Colours given to categories an import creates, in turn: distinct from each other, and dark enough for white labels. */
    private static final String[] PALETTE = {"#2E6DB4", "#C4263A", "#8250DF", "#1A7F5A", "#B7791F", "#C03F8A", "#3A8C9E", "#5B6B7B"};

    /** The colour for the {@code index}-th new category (from 0), going round the palette. */
    public static String paletteColor(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /**
     * The colour for a category added beside {@code existing}: the first of the palette that none of
     * them has, or, when all are taken, the one fewest have. Counting them gave the bundled
     * timeline's eighth category the grey of its "Speeches and decisions".
     */
    public static String nextColor(Collection<Category> existing) {
        Map<String, Integer> uses = new HashMap<>();
        for (Category c : existing) {
            if (c.color() != null) {
                uses.merge(c.color().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        String least = PALETTE[0];
        for (String color : PALETTE) {
            if (uses.getOrDefault(color, 0) < uses.getOrDefault(least, 0)) {
                least = color;
            }
        }
        return least;
    }

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extras, "extras");
    }

    public Category(String id, String name, String color) {
        this(id, name, color, ExtraFields.NONE);
    }

    /**
     * The category a person means by {@code typed}: one of {@code existing} whose name or id it
     * is, or else a new one with that name, an id made from it that no other category has, and
     * a colour of the palette no other category has ({@link #nextColor}).
     */
    public static Category named(String typed, List<Category> existing) {
        String name = typed.strip();
        for (Category c : existing) {
            if (c.name().equals(name) || c.id().equals(name)) {
                return c;
            }
        }
        String id = UniqueIds.next(EventIds.slugOrDefault(name), existing.stream().map(Category::id).toList());
        return new Category(id, name, nextColor(existing));
    }
}
