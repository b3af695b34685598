package org.chronoline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronoline.io.SystemColorScheme.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Each system's own answer to "dark or light?", read as that system's programs print it. */
class SystemColorSchemeTest {
    @TempDir
    Path home;

    /** Answers commands from a table (exit code 0); a command not in it fails with exit code 1, as a missing setting does. */
    private static SystemColorScheme.Commands answering(Map<String, String> answers, List<String> asked) {
        return command -> {
            asked.add(String.join(" ", command));
            String printed = answers.get(String.join(" ", command));
            return printed == null ? new SystemColorScheme.Answer(1, "") : new SystemColorScheme.Answer(0, printed);
        };
    }

    /** A system where every command takes too long, or is not there. */
    private static final SystemColorScheme.Commands SILENT = command -> null;

    @Test
    void windowsReadsAppsUseLightThemeFromTheRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = dark.replace("0x0", "0x1");
        String key = Path.of("D:\\Win", "System32", "reg.exe") + " query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"
                + " /v AppsUseLightTheme";
        Map<String, String> environment = Map.of("SystemRoot", "D:\\Win");
        List<String> asked = new ArrayList<>();

        assertThat(SystemColorScheme.ask("Windows 11", environment, home, answering(Map.of(key, dark), asked))).contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Windows 10", environment, home, answering(Map.of(key, light), asked))).contains(Scheme.LIGHT);
        assertThat(asked).as("reg.exe by its full path, never looked for in the current folder").allMatch(c -> c.startsWith(Path.of("D:\\Win")
                .toString()));
        // Windows before 10 has no such value: nothing said.
        assertThat(SystemColorScheme.ask("Windows 7", environment, home, answering(Map.of(), asked))).isEmpty();
    }

    @Test
    void macosIsDarkWhenAppleInterfaceStyleSaysDarkAndLightWhenItIsNotSet() {
        String key = "/usr/bin/defaults read -g AppleInterfaceStyle";
        List<String> asked = new ArrayList<>();

        assertThat(SystemColorScheme.ask("Mac OS X", Map.of(), home, answering(Map.of(key, "Dark\n"), asked))).contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Mac OS X", Map.of(), home, answering(Map.of(), asked))).contains(Scheme.LIGHT);
        // No answer in time is not "light".
        assertThat(SystemColorScheme.ask("Mac OS X", Map.of(), home, SILENT)).isEmpty();
    }

    @Test
    void linuxAsksGtkThenGnomeThenKde() throws IOException {
        String scheme = "gsettings get org.gnome.desktop.interface color-scheme";
        String theme = "gsettings get org.gnome.desktop.interface gtk-theme";
        List<String> asked = new ArrayList<>();

        // GTK_THEME wins, and nothing is run.
        assertThat(SystemColorScheme.ask("Linux", Map.of("GTK_THEME", "Adwaita:dark"), home, answering(Map.of(), asked))).contains(Scheme.DARK);
        assertThat(asked).isEmpty();
        // GNOME 42 and later: color-scheme.
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(scheme, "'prefer-dark'\n"), asked))).contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(scheme, "'prefer-light'\n"), asked))).contains(Scheme.LIGHT);
        // 'default' says nothing: the theme's name does.
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(scheme, "'default'\n", theme, "'Yaru-dark'\n"), asked)))
                .contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(scheme, "'default'\n", theme, "'Adwaita'\n"), asked)))
                .contains(Scheme.LIGHT);
        // No GNOME: KDE's colour scheme in ~/.config/kdeglobals.
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(), asked))).isEmpty();
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeDark\nName=Breeze Dark\n");
        assertThat(SystemColorScheme.ask("Linux", Map.of(), home, answering(Map.of(), asked))).contains(Scheme.DARK);
        Files.writeString(home.resolve(".config/kdeglobals"), "[General]\nColorScheme=BreezeLight\n");
        assertThat(SystemColorScheme.ask("FreeBSD", Map.of(), home, answering(Map.of(), asked))).contains(Scheme.LIGHT);
    }

    @Test
    void strangeAnswersSayNothing() {
        assertThat(SystemColorScheme.fromRegistry("ERROR: The system was unable to find the specified registry key or value.")).isEmpty();
        assertThat(SystemColorScheme.fromGnomeColorScheme("")).isEmpty();
        assertThat(SystemColorScheme.fromGnomeColorScheme(null)).isEmpty();
        assertThat(SystemColorScheme.fromThemeName("  ")).isEmpty();
        assertThat(SystemColorScheme.fromKdeGlobals("[General]\nName=Breeze\n")).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aProgramThatPrintsALotOrNeverEndsIsNoAnswerNotAHang() {
        SystemColorScheme.Answer lots = SystemColorScheme.run(List.of("sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' x; echo"));
        assertThat(lots).isNotNull();
        assertThat(lots.exitCode()).isZero();
        assertThat(lots.output()).hasSize(64 * 1024);

        assertThat(SystemColorScheme.run(List.of("sleep", "30"))).as("given up after two seconds").isNull();
        assertThat(SystemColorScheme.run(List.of("no-such-program-here"))).isNull();
        assertThat(SystemColorScheme.run(List.of("sh", "-c", "echo Dark; exit 1")).exitCode()).isEqualTo(1);
    }

    @Test
    void theBuildTellsTestsTheSystemIsLight() {
        // So that no test's outcome depends on the desktop of whoever runs it.
        assertThat(SystemColorScheme.ask()).isEqualTo(Optional.of(Scheme.LIGHT));
    }
}
