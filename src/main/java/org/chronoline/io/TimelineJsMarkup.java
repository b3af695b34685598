package org.chronoline.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Makes the TimelineJS fields Chronoline keeps without understanding them ({@code display_date},
 * media, backgrounds, events beyond its years) safe, on the way in and on the way out. TimelineJS
 * shows their text as HTML and loads their addresses, so a file from a stranger could carry
 * {@code <img onerror=...>} or a {@code javascript:} address through Chronoline into a published
 * page. Text is read as HTML into plain text on import (as headlines are) and escaped on export;
 * addresses are kept only when they are {@code http}, {@code https} or a path relative to the page;
 * colours only as {@code #RRGGBB} or a colour's name.
 */
final class TimelineJsMarkup {
    /** Fields whose value TimelineJS loads as an address. */
    private static final Pattern ADDRESS_FIELD = Pattern.compile("url|thumbnail|link|src|href");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");
    private static final Pattern SAFE_COLOR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?|[a-zA-Z]{3,20}");

    private TimelineJsMarkup() {
    }

    /** Kept fields as plain text, for the model; {@code dropped} hears of each address or colour removed. */
    static JsonElement forImport(JsonElement value, Consumer<String> dropped) {
        return clean(null, value, false, dropped);
    }

    /** Kept fields as TimelineJS shows them safely: text escaped as HTML, only safe addresses. */
    static JsonElement forExport(JsonElement value) {
        return clean(null, value, true, removed -> { });
    }

    /** True for an address a published page may load: http, https, or a path relative to the page. */
    static boolean isSafeAddress(String address) {
        String a = address.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return true;
        }
        // No scheme (javascript:, data:, file:), no other host ("//host/x"), no control characters.
        return !SCHEME.matcher(a).find() && !a.startsWith("//") && !a.startsWith("\\\\") && a.chars().noneMatch(Character::isISOControl);
    }

    private static JsonElement clean(String name, JsonElement value, boolean export, Consumer<String> dropped) {
        if (value == null || value.isJsonNull()) {
            return value;
        }
        if (value.isJsonArray()) {
            JsonArray out = new JsonArray();
            for (JsonElement element : value.getAsJsonArray()) {
                JsonElement cleaned = clean(name, element, export, dropped);
                if (cleaned != null) {
                    out.add(cleaned);
                }
            }
            return out;
        }
        if (value.isJsonObject()) {
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonElement> field : value.getAsJsonObject().entrySet()) {
                JsonElement cleaned = clean(field.getKey(), field.getValue(), export, dropped);
                if (cleaned != null) {
                    out.add(field.getKey(), cleaned);
                }
            }
            return out;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (!primitive.isString()) {
            return primitive;
        }
        String text = primitive.getAsString();
        String field = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (ADDRESS_FIELD.matcher(field).matches()) {
            if (text.isBlank() || isSafeAddress(text)) {
                return primitive;
            }
            dropped.accept(text);
            return null;
        }
        if (field.equals("color")) {
            if (SAFE_COLOR.matcher(text.strip()).matches()) {
                return primitive;
            }
            dropped.accept(text);
            return null;
        }
        if (field.equals("text")) {
            String plain = HtmlText.convert(text).text();
            return new JsonPrimitive(export ? HtmlText.paragraphs(plain) : plain == null ? "" : plain);
        }
        String plain = HtmlText.line(text);
        return new JsonPrimitive(export ? HtmlText.escape(plain) : plain);
    }
}
