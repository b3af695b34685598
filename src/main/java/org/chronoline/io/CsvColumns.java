package org.chronoline.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoline.model.RelatedLink;

/**
 * Which column of a spreadsheet holds which field. Headers are recognised in Chronoline's own
 * field names ({@code title}, {@code start}, {@code source 1 url}...) and in the column names of
 * TimelineJS's Google Sheets template ({@code Year}, {@code Month}, {@code Headline}, {@code Media
 * Credit}...), in any case and with spaces, underscores or hyphens alike.
 */
public final class CsvColumns {
    /** A field a column can hold. */
    public enum Field {
        ID, TITLE, START, END, APPROXIMATE, MARGIN, DATING, CATEGORY, CATEGORY_NAME, TAGS, ACTORS, LOCATION, SUMMARY, DESCRIPTION, RELATED,
        IMAGE, IMAGE_CAPTION, IMAGE_CREDIT,
        SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHER, SOURCE_DATE, SOURCE_GIVES, SOURCE_LANGUAGE,
        /** TimelineJS template: the year (negative for BCE), month, day and time of day of the start. */
        YEAR, MONTH, DAY, TIME,
        END_YEAR, END_MONTH, END_DAY, END_TIME,
        DISPLAY_DATE, MEDIA_THUMBNAIL, TYPE, BACKGROUND,
        /** Not imported. */
        IGNORE
    }

    /** One column: its field and, for source columns, which source (from 1). */
    public record Column(Field field, int source) {
        public static final Column IGNORED = new Column(Field.IGNORE, 0);

        @Override
        public String toString() {
            return field == Field.IGNORE ? "" : source > 0 ? field.name() + " " + source : field.name();
        }
    }

    private static final Map<String, Field> NAMES = new HashMap<>();
    private static final Pattern SOURCE = Pattern.compile("source(\\d*)(title|url|address|link|publisher|date|gives|language)?");

    static {
        name(Field.ID, "id", "uniqueid");
        name(Field.TITLE, "title", "headline", "event", "name");
        name(Field.START, "start", "startdate", "date", "from");
        name(Field.END, "end", "enddate", "to");
        name(Field.APPROXIMATE, "approximate", "circa");
        name(Field.MARGIN, "margin");
        name(Field.DATING, "dating");
        name(Field.CATEGORY, "category", "group", "categoryid");
        name(Field.CATEGORY_NAME, "categoryname");
        name(Field.TAGS, "tags", "tag", "keywords");
        name(Field.ACTORS, "actors", "people", "who");
        name(Field.LOCATION, "location", "place", "where");
        name(Field.SUMMARY, "summary");
        name(Field.DESCRIPTION, "description", "text", "notes");
        name(Field.RELATED, "related");
        name(Field.IMAGE, "image", "media", "picture", "imagepath");
        name(Field.IMAGE_CAPTION, "imagecaption", "mediacaption", "caption");
        name(Field.IMAGE_CREDIT, "imagecredit", "mediacredit", "credit");
        name(Field.YEAR, "year", "startyear");
        name(Field.MONTH, "month", "startmonth");
        name(Field.DAY, "day", "startday");
        name(Field.TIME, "time", "starttime");
        name(Field.END_YEAR, "endyear");
        name(Field.END_MONTH, "endmonth");
        name(Field.END_DAY, "endday");
        name(Field.END_TIME, "endtime");
        name(Field.DISPLAY_DATE, "displaydate");
        name(Field.MEDIA_THUMBNAIL, "mediathumbnail", "thumbnail");
        name(Field.TYPE, "type");
        name(Field.BACKGROUND, "background");
    }

    private static void name(Field field, String... names) {
        for (String name : names) {
            NAMES.put(name, field);
        }
    }

    private CsvColumns() {
    }

    /** What a header names, or {@link Column#IGNORED}. */
    public static Column recognise(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:#]+", "").replace("\uFEFF", "");
        Field field = NAMES.get(key);
        if (field != null) {
            return new Column(field, 0);
        }
        Matcher m = SOURCE.matcher(key);
        if (m.matches()) {
            int number = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
            String part = m.group(2) == null ? "title" : m.group(2);
            Field sourceField = switch (part) {
                case "url", "address", "link" -> Field.SOURCE_URL;
                case "publisher" -> Field.SOURCE_PUBLISHER;
                case "date" -> Field.SOURCE_DATE;
                case "gives" -> Field.SOURCE_GIVES;
                case "language" -> Field.SOURCE_LANGUAGE;
                default -> Field.SOURCE_TITLE;
            };
            return number >= 1 && number <= 100 ? new Column(sourceField, number) : Column.IGNORED;
        }
        return Column.IGNORED;
    }

    /** The columns a header row names. */
    public static List<Column> recognise(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        for (String header : headers) {
            columns.add(recognise(header));
        }
        return columns;
    }

    /**
     * Whether a column named so holds HTML: the text columns of TimelineJS's template ({@code Headline},
     * {@code Text}, {@code Media Caption}, {@code Media Credit}), which TimelineJS shows as HTML.
     */
    public static boolean holdsHtml(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:#]+", "").replace("\uFEFF", "");
        return key.equals("headline") || key.equals("text") || key.equals("mediacaption") || key.equals("mediacredit");
    }

    /** How a column is named to people: the header Chronoline writes for it ("source 2 url"). */
    public static String label(Column column) {
        return header(column.field(), column.source());
    }

    /** The header Chronoline writes for a column. */
    static String header(Field field, int source) {
        String name = switch (field) {
            case ID -> "id";
            case TITLE -> "title";
            case START -> "start";
            case END -> "end";
            case APPROXIMATE -> "approximate";
            case MARGIN -> "margin";
            case DATING -> "dating";
            case CATEGORY -> "category";
            case CATEGORY_NAME -> "category name";
            case TAGS -> "tags";
            case ACTORS -> "actors";
            case LOCATION -> "location";
            case SUMMARY -> "summary";
            case DESCRIPTION -> "description";
            case RELATED -> "related";
            case IMAGE -> "image";
            case IMAGE_CAPTION -> "image caption";
            case IMAGE_CREDIT -> "image credit";
            case SOURCE_TITLE -> "source " + source + " title";
            case SOURCE_URL -> "source " + source + " url";
            case SOURCE_PUBLISHER -> "source " + source + " publisher";
            case SOURCE_DATE -> "source " + source + " date";
            case SOURCE_GIVES -> "source " + source + " gives";
            case SOURCE_LANGUAGE -> "source " + source + " language";
            default -> field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return name;
    }

    /** The fields a mapping uses, each with its column index (the first column, when named twice). */
    static Map<Field, Integer> firstColumns(List<Column> columns) {
        Map<Field, Integer> first = new EnumMap<>(Field.class);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).source() == 0) {
                first.putIfAbsent(columns.get(i).field(), i);
            }
        }
        return first;
    }

    /**
     * A list in one cell, its items joined by "; ". An item's own semicolon is written "\\;" (and a
     * backslash "\\\\"), and a single item with a comma ends in ";", which says the commas are its
     * own: a spreadsheet's hand-typed "a, b" is two items, and "Paris, France" came back as two.
     */
    static String listCell(List<String> items) {
        List<String> written = items.stream().map(i -> i.replace("\\", "\\\\").replace(";", "\\;")).toList();
        String cell = String.join("; ", written);
        return written.size() == 1 && cell.contains(",") ? cell + ";" : cell;
    }

    /**
     * The items of a list cell: separated by semicolons, or by commas when it has none; "\\;", "\\,"
     * and "\\\\" are the characters themselves. Blank items and repeats are left out.
     */
    static List<String> listItems(String cell) {
        boolean semicolons = false;
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) == '\\') {
                i++;
            } else if (cell.charAt(i) == ';') {
                semicolons = true;
                break;
            }
        }
        char separator = semicolons ? ';' : ',';
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i <= cell.length(); i++) {
            char c = i < cell.length() ? cell.charAt(i) : separator;
            if (c == '\\' && i + 1 < cell.length() && ";,\\".indexOf(cell.charAt(i + 1)) >= 0) {
                item.append(cell.charAt(++i));
            } else if (c == separator) {
                String done = item.toString().strip();
                if (!done.isEmpty() && !items.contains(done)) {
                    items.add(done);
                }
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        return List.copyOf(items);
    }

    /** How a link's type is written before its id in a cell: lower-case words joined by hyphens. */
    private static final Pattern LINK_TYPE = Pattern.compile("[a-z]+(-[a-z]+)*");

    /**
     * A link in a spreadsheet cell: its id, or "led-to:id" for a link with a type, so that the
     * way back keeps it. A plain id with a colon in it is written "see-also:id" so that it is not
     * read back as a type.
     */
    static String linkText(RelatedLink link) {
        String type = link.type() == null || link.type().equals(RelatedLink.SEE_ALSO) ? null : link.type();
        if (type == null) {
            return link.id().indexOf(':') > 0 ? RelatedLink.SEE_ALSO + ":" + link.id() : link.id();
        }
        return type + ":" + link.id();
    }

    /** A link read from a cell: "type:id" when the part before the first colon is written as a type is, otherwise the id. */
    static RelatedLink link(String text) {
        int colon = text.indexOf(':');
        String id = colon > 0 ? text.substring(colon + 1).strip() : "";
        if (id.isEmpty() || !LINK_TYPE.matcher(text.substring(0, Math.max(colon, 0))).matches()) {
            return RelatedLink.to(text);
        }
        String type = text.substring(0, colon);
        return type.equals(RelatedLink.SEE_ALSO) ? RelatedLink.to(id) : RelatedLink.typed(id, type);
    }
}
