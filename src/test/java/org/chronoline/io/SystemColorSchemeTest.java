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
import org.junit.jupiter.api.io.TempDir;

/** Each system's own answer to "dark or light?", read as that system's programs print it. */
class SystemColorSchemeTest {
    @TempDir
    Path home;

    /** Answers commands from a table; a command not in it "is not installed". */
    private static SystemColorScheme.Commands answering(Map<String, String> answers, List<String> asked) {
        return command -> {
            asked.add(String.join(" ", command));
            return answers.get(String.join(" ", command));
        };
    }

    @Test
    void windowsReadsAppsUseLightThemeFromTheRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = dark.replace("0x0", "0x1");
        String key = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        List<String> asked = new ArrayList<>();

        assertThat(SystemColorScheme.ask("Windows 11", Map.of(), home, answering(Map.of(key, dark), asked))).contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Windows 10", Map.of(), home, answering(Map.of(key, light), asked))).contains(Scheme.LIGHT);
        // Windows before 10 has no such value: nothing said.
        assertThat(SystemColorScheme.ask("Windows 7", Map.of(), home, answering(Map.of(), asked))).isEmpty();
    }

    @Test
    void macosIsDarkWhenAppleInterfaceStyleSaysDarkAndLightWhenItIsNotSet() {
        String key = "defaults read -g AppleInterfaceStyle";
        List<String> asked = new ArrayList<>();

        assertThat(SystemColorScheme.ask("Mac OS X", Map.of(), home, answering(Map.of(key, "Dark\n"), asked))).contains(Scheme.DARK);
        assertThat(SystemColorScheme.ask("Mac OS X", Map.of(), home, answering(Map.of(), asked))).contains(Scheme.LIGHT);
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
    void theBuildTellsTestsTheSystemIsLight() {
        // So that no test's outcome depends on the desktop of whoever runs it.
        assertThat(SystemColorScheme.ask()).isEqualTo(Optional.of(Scheme.LIGHT));
    }
}
