package org.chronoline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the person has set their system to dark windows. JavaFX 21 cannot say (its
 * {@code Platform.Preferences} came with JavaFX 22), so each system is asked the way its own
 * programs ask: Windows the registry's {@code AppsUseLightTheme}, macOS the
 * {@code AppleInterfaceStyle} default, Linux the {@code GTK_THEME} variable, then GNOME's
 * {@code color-scheme} and {@code gtk-theme} settings, then KDE's colour scheme. Empty when the
 * system does not tell (no such setting or command, or no answer within two seconds). The system
 * property {@code chronoline.colorScheme} ({@code dark}, {@code light} or {@code unknown}) answers
 * instead, so that tests do not depend on the desktop they run on.
 */
public final class SystemColorScheme {
    /** What the system asks for. */
    public enum Scheme {
        LIGHT, DARK
    }

    /** Runs a command: what it printed and how it ended, or null when it could not run or took too long. */
    interface Commands {
        Answer run(List<String> command);
    }

    /** A command's exit code and what it printed. */
    record Answer(int exitCode, String output) {
        /** What it printed when it succeeded, else null. */
        String ifSucceeded() {
            return exitCode == 0 ? output : null;
        }
    }

    private static final long TIMEOUT_SECONDS = 2;
    private static final Pattern REGISTRY_VALUE = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");
    private static final Pattern KDE_SCHEME = Pattern.compile("(?m)^\\s*ColorScheme\\s*=\\s*(.+?)\\s*$");

    private SystemColorScheme() {
    }

    /** Asks this system; this may start a small program, so call it off the JavaFX thread. */
    public static Optional<Scheme> ask() {
        String told = System.getProperty("chronoline.colorScheme");
        if (told != null) {
            return switch (told.toLowerCase(Locale.ROOT)) {
                case "dark" -> Optional.of(Scheme.DARK);
                case "light" -> Optional.of(Scheme.LIGHT);
                default -> Optional.empty();
            };
        }
        return ask(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")),
                SystemColorScheme::run);
    }

    static Optional<Scheme> ask(String osName, Map<String, String> environment, Path home, Commands commands) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // reg.exe by its full path: a bare name would also be looked for in the current folder.
            String root = environment.getOrDefault("SystemRoot", "C:\\Windows");
            return fromRegistry(output(commands, List.of(Path.of(root, "System32", "reg.exe").toString(), "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
        }
        if (os.startsWith("mac")) {
            // Prints "Dark" when dark; when light the key does not exist and the command fails (exit code 1).
            Answer style = commands.run(List.of("/usr/bin/defaults", "read", "-g", "AppleInterfaceStyle"));
            if (style == null) {
                return Optional.empty();
            }
            return Optional.of(style.exitCode() == 0 && style.output().strip().equalsIgnoreCase("dark") ? Scheme.DARK : Scheme.LIGHT);
        }
        Optional<Scheme> gtkTheme = fromThemeName(environment.get("GTK_THEME"));
        if (gtkTheme.isPresent()) {
            return gtkTheme;
        }
        Optional<Scheme> gnome = fromGnomeColorScheme(output(commands, List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
        if (gnome.isPresent()) {
            return gnome;
        }
        Optional<Scheme> gnomeTheme = fromThemeName(output(commands, List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")));
        if (gnomeTheme.isPresent()) {
            return gnomeTheme;
        }
        String config = environment.get("XDG_CONFIG_HOME");
        Path kdeglobals = (config != null && Path.of(config).isAbsolute() ? Path.of(config) : home.resolve(".config")).resolve("kdeglobals");
        return fromKdeGlobals(readSmallFile(kdeglobals));
    }

    private static String output(Commands commands, List<String> command) {
        Answer answer = commands.run(command);
        return answer == null ? null : answer.ifSucceeded();
    }

    /** {@code reg query}'s answer: AppsUseLightTheme 0x0 is dark, anything else light. */
    static Optional<Scheme> fromRegistry(String output) {
        if (output == null) {
            return Optional.empty();
        }
        Matcher m = REGISTRY_VALUE.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1), 16) == 0 ? Scheme.DARK : Scheme.LIGHT);
    }

    /** GNOME's {@code color-scheme}: 'prefer-dark' or 'prefer-light'; 'default' says nothing. */
    static Optional<Scheme> fromGnomeColorScheme(String output) {
        String value = unquoted(output);
        return switch (value) {
            case "prefer-dark" -> Optional.of(Scheme.DARK);
            case "prefer-light" -> Optional.of(Scheme.LIGHT);
            default -> Optional.empty();
        };
    }

    /** A GTK theme name such as 'Adwaita-dark' or "Adwaita:dark": dark when it says so, light otherwise. */
    static Optional<Scheme> fromThemeName(String output) {
        String name = unquoted(output);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name.toLowerCase(Locale.ROOT).contains("dark") ? Scheme.DARK : Scheme.LIGHT);
    }

    /** KDE's kdeglobals: the ColorScheme line of its General group, such as BreezeDark. */
    static Optional<Scheme> fromKdeGlobals(String content) {
        if (content == null) {
            return Optional.empty();
        }
        Matcher m = KDE_SCHEME.matcher(content);
        return m.find() ? fromThemeName(m.group(1)) : Optional.empty();
    }

    private static String unquoted(String output) {
        if (output == null) {
            return "";
        }
        String value = output.strip();
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.strip();
    }

    private static String readSmallFile(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1 << 20) {
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Runs a command with nothing to read. What it prints is read as it comes, on a thread of its
     * own (the first 64 KB kept, the rest drained), so that no amount of it can block it.
     */
    static Answer run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            return null; // no such program on this system
        }
        CompletableFuture<byte[]> printed = new CompletableFuture<>();
        Thread reading = new Thread(() -> {
            try (InputStream out = process.getInputStream()) {
                byte[] kept = out.readNBytes(64 * 1024);
                out.transferTo(OutputStream.nullOutputStream());
                printed.complete(kept);
            } catch (IOException e) {
                printed.complete(new byte[0]);
            }
        }, "system colour scheme output");
        reading.setDaemon(true);
        reading.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return new Answer(process.exitValue(), new String(printed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null; // ended, but something it started still holds its output open
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
