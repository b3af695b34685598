package org.chronoline.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import org.chronoline.text.Messages;

/** Reading a whole JSON value into Gson's tree, strictly (Gson's own parser would relax the reader). */
final class JsonTrees {
    private JsonTrees() {
    }

    /** The next value of {@code in}, whole; nesting is bounded by the reader's limit. */
    static JsonElement read(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    object.add(in.nextName(), read(in));
                }
                in.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                in.beginArray();
                while (in.hasNext()) {
                    array.add(read(in));
                }
                in.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(in.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new LazilyParsedNumber(in.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(in.nextBoolean());
            }
            case NULL -> {
                in.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IOException("unexpected " + in.peek());
        }
    }

    /** What a value is, as messages name it: "a list […]", "text"... */
    static String describe(JsonElement element) {
        if (element.isJsonObject()) {
            return Messages.get("json.object");
        }
        if (element.isJsonArray()) {
            return Messages.get("json.list");
        }
        if (element.isJsonNull()) {
            return Messages.get("json.null");
        }
        JsonPrimitive p = element.getAsJsonPrimitive();
        return Messages.get(p.isString() ? "json.text" : p.isNumber() ? "json.number" : "json.boolean");
    }
}
