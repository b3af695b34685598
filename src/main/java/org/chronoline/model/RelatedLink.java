package org.chronoline.model;

import java.util.List;
import java.util.Objects;

/**
 * A link from one event to another, with what the link means: it led to the other, it was a
 * response to it, it was part of it, or simply "see also". In a file a plain id is a "see also"
 * link ({@code "related": ["cfe-signed"]}); a typed one is an object
 * ({@code {"id": "cfe-signed", "type": "led-to"}}). A type this version does not know is kept as
 * written and shown as "related".
 *
 * @param type one of {@link #TYPES}, another word (kept), or null for a plain id
 */
public record RelatedLink(String id, String type, ExtraFields extras) {
    public static final String LED_TO = "led-to";
    public static final String RESPONSE_TO = "response-to";
    public static final String PART_OF = "part-of";
    public static final String SEE_ALSO = "see-also";
    /** The types Chronoline knows, in the order the details panel shows them. */
    public static final List<String> TYPES = List.of(LED_TO, RESPONSE_TO, PART_OF, SEE_ALSO);

    public RelatedLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extras, "extras");
    }

    /** A plain link, as a bare id in the file: "see also". */
    public static RelatedLink to(String id) {
        return new RelatedLink(id, null, ExtraFields.NONE);
    }

    /** Plain links to each id. */
    public static List<RelatedLink> to(List<String> ids) {
        return ids.stream().map(RelatedLink::to).toList();
    }

    public static RelatedLink typed(String id, String type) {
        return new RelatedLink(id, type, ExtraFields.NONE);
    }

    /** What the link means: one of {@link #TYPES}, "see also" for a plain id, or null for a type this version does not know. */
    public String kind() {
        if (type == null) {
            return SEE_ALSO;
        }
        return TYPES.contains(type) ? type : null;
    }

    /** Whether it is written as a bare id (no type, nothing else). */
    public boolean isPlain() {
        return type == null && extras.fields().isEmpty();
    }

    public RelatedLink withId(String newId) {
        return new RelatedLink(newId, type, extras);
    }
}
