package org.chronoline.model;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * The one way an id is made unique: the base itself when it is free, otherwise the base with
 * "-2", "-3" and so on, the first that is free. Events, categories, eras, tours and saved views
 * all get their new ids here.
 */
public final class UniqueIds {
    private UniqueIds() {
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ...: the first that {@code taken} does not hold. */
    public static String next(String base, Predicate<String> taken) {
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ...: the first not in {@code taken}. */
    public static String next(String base, Collection<String> taken) {
        return next(base, taken::contains);
    }
}
