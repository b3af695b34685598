package org.chronoline.io;

import java.util.Objects;

/**
 * The address of a value in a JSON document, written as people read it: {@code events[37].start}.
 * Paths are built lazily, only for values that have a problem.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String fieldName) {
        return new JsonPath(this, Objects.requireNonNull(fieldName), -1);
    }

    JsonPath index(int elementIndex) {
        return new JsonPath(this, null, elementIndex);
    }

    JsonPath parent() {
        return parent;
    }

    boolean isRoot() {
        return parent == null;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String head = parent.toString();
        if (name == null) {
            return head + "[" + index + "]";
        }
        return head.isEmpty() ? name : head + "." + name;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JsonPath)) {
            return false;
        }
        JsonPath p = (JsonPath) o;
        return index == p.index && Objects.equals(name, p.name) && Objects.equals(parent, p.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, name, index);
    }
}
