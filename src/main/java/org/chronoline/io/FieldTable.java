package org.chronoline.io;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * How each field of one kind of object in a timeline file is read into a draft of it, by name: one
 * reader per field of the object's {@link ObjectSchema}, no more and no fewer (checked when the table
 * is made, so that a field added to the schema cannot be skipped by the reader).
 *
 * <p>A table rather than a method with a case for each field: an event's fields are read all through
 * a file, and Java's optimising compiler made such a method one very large piece of code, 0.5-0.6 s
 * of a core in a cold start on 100,000 events (on two cores, beside the reading itself). Called
 * through the table, each field is compiled alone, none of them in more than 0.1 s.
 *
 * @param <D> the draft the fields are read into
 */
final class FieldTable<D> {
    /** Reads the field {@code name} of the object at {@code parent} into the draft, with {@code json}. */
    interface Field<D> {
        void read(CheckedJson json, D draft, JsonPath parent, String name) throws IOException;
    }

    private final ObjectSchema schema;
    private final Map<String, Field<D>> fields;

    private FieldTable(ObjectSchema schema, Map<String, Field<D>> fields) {
        this.schema = schema;
        this.fields = fields;
    }

    @SafeVarargs
    static <D> FieldTable<D> of(ObjectSchema schema, Map.Entry<String, Field<D>>... fields) {
        Map<String, Field<D>> table = Map.ofEntries(fields);
        if (!table.keySet().equals(Set.copyOf(schema.names()))) {
            throw new IllegalStateException("the fields read are not the schema's: " + table.keySet() + " against " + schema.names());
        }
        return new FieldTable<>(schema, table);
    }

    /**
     * Reads the object at {@code path} into {@code draft}, then reports the required fields it lacks.
     * What is wrong is in {@code json}'s findings; the result says whether the object could be read.
     */
    CheckedJson.ObjectRead read(CheckedJson json, JsonPath path, D draft) throws IOException {
        CheckedJson.ObjectRead read = json.readObject(path, schema, (name, parent) -> fields.get(name).read(json, draft, parent, name));
        json.requireFields(path, read, schema);
        return read;
    }
}
