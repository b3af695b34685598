package org.chronoline.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronoline.model.study.StudyProgress;

/**
 * Where a student's progress on one timeline is kept: a small JSON file in the user's data folder
 * ({@link UserFolders}), named after the timeline's title so that every copy of the same timeline
 * (the teacher's file on thirty computers) shares it, and never inside the timeline file.
 * Written atomically like every other file; a damaged or unreadable one is a fresh start, not an error.
 */
public final class StudyProgressFile {
    private final Path file;
    private final String timeline;

    private StudyProgressFile(Path file, String timeline) {
        this.file = file;
        this.timeline = timeline;
    }

    /** The progress file for the timeline with this title, in the user's data folder. */
    public static StudyProgressFile forTimeline(String title) {
        return in(UserFolders.data().resolve("study"), title);
    }

    /** The progress file for a timeline in {@code folder}: for tests. */
    public static StudyProgressFile in(Path folder, String title) {
        return new StudyProgressFile(folder.resolve(key(title) + ".json"), title);
    }

    public Path path() {
        return file;
    }

    /** The progress kept, or a fresh start when there is none or it cannot be read. */
    public StudyProgress read() {
        if (!Files.isRegularFile(file)) {
            return new StudyProgress();
        }
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            int sessions = o.has("sessions") ? o.get("sessions").getAsInt() : 0;
            Map<String, Long> seen = new LinkedHashMap<>();
            numbers(o, "seen").forEach((id, day) -> seen.put(id, (long) day));
            return new StudyProgress(sessions, numbers(o, "boxes"), numbers(o, "lastWhen"), seen);
        } catch (IOException | RuntimeException e) { // unreadable, not JSON, or numbers that are not numbers
            return new StudyProgress();
        }
    }

    /** Keeps the progress, replacing what was kept. */
    public void write(StudyProgress progress) throws SaveFailedException {
        JsonObject o = new JsonObject();
        o.addProperty("timeline", timeline);
        o.addProperty("sessions", progress.sessions());
        o.add("boxes", object(progress.boxes()));
        o.add("lastWhen", object(progress.lastWhen()));
        o.add("seen", object(progress.seen()));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SaveFailedException(file.getParent().toString(), String.valueOf(e.getMessage()), e);
        }
        byte[] bytes = (o + "\n").getBytes(StandardCharsets.UTF_8);
        // Written after every answer: atomically, but with no backup copy each time (a damaged file is a fresh start).
        new SafeFileWriter().save(file, bytes, null, false);
    }

    private static JsonObject object(Map<String, ? extends Number> values) {
        JsonObject o = new JsonObject();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> o.addProperty(e.getKey(), e.getValue()));
        return o;
    }

    private static Map<String, Integer> numbers(JsonObject o, String name) {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (o.has(name) && o.get(name).isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject(name).entrySet()) {
                if (e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isNumber()) {
                    values.put(e.getKey(), e.getValue().getAsInt());
                }
            }
        }
        return values;
    }

    /** A file name for a title: the start of its SHA-256, so any title (slashes, emoji) makes a safe name. */
    static String key(String title) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(title.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
