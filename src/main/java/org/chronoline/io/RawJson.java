package org.chronoline.io;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.chronoline.text.Messages;

/**
 * Copies a JSON value the format does not know into compact text, so that it can be written back
 * unchanged. Numbers keep their original digits; repeated names inside are reported like anywhere else.
 */
final class RawJson {
    private RawJson() {
    }

    static String capture(JsonReader in, JsonPath path, Findings findings) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter out = new JsonWriter(text);
        out.setHtmlSafe(false);
        out.setSerializeNulls(true);
        copy(in, out, path, findings);
        out.flush();
        return text.toString();
    }

    private static void copy(JsonReader in, JsonWriter out, JsonPath path, Findings findings) throws IOException {
        JsonToken token = in.peek();
        switch (token) {
            case BEGIN_OBJECT:
                in.beginObject();
                out.beginObject();
                Set<String> names = new HashSet<>();
                while (in.hasNext()) {
                    String name = in.nextName();
                    if (TextChecks.loneSurrogate(name) >= 0) {
                        findings.errorAtName(path.field(name), 1, Messages.get("problem.text.loneSurrogateName"));
                        in.skipValue();
                        continue;
                    }
                    if (!names.add(name)) {
                        findings.errorAtName(path.field(name), 2, Messages.get("problem.field.repeated", Quoting.quote(name)));
                        in.skipValue();
                        continue;
                    }
                    out.name(name);
                    copy(in, out, path.field(name), findings);
                }
                in.endObject();
                out.endObject();
                break;
            case BEGIN_ARRAY:
                in.beginArray();
                out.beginArray();
                for (int i = 0; in.hasNext(); i++) {
                    copy(in, out, path.index(i), findings);
                }
                in.endArray();
                out.endArray();
                break;
            case STRING: {
                String value = in.nextString();
                if (TextChecks.loneSurrogate(value) >= 0) {
                    findings.error(path, Messages.get("problem.text.loneSurrogate",
                            String.format(Locale.ROOT, "\\u%04x", (int) value.charAt(TextChecks.loneSurrogate(value)))));
                }
                out.value(value);
                break;
            }
            case NUMBER:
                out.jsonValue(in.nextString());
                break;
            case BOOLEAN:
                out.value(in.nextBoolean());
                break;
            case NULL:
                in.nextNull();
                out.nullValue();
                break;
            default:
                throw new IllegalStateException("unexpected " + token);
        }
    }
}
