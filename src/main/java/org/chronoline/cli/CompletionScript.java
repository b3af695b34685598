package org.chronoline.cli;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The bash completion script ({@code chronoline --completion}): picocli's, taught two things it
 * does not know of Chronoline's command line. The commands are written with their dashes in the
 * help and the README ({@code --check}), but picocli offers a word that begins with a dash only the
 * options, so {@code --ch} completed to nothing; and bash splits {@code --lang=} at the equals sign,
 * after which picocli no longer sees the option, so nothing came after it. Each change is made
 * where picocli's script has the line it replaces; where a later picocli writes it otherwise, the
 * script stays picocli's as it is, and ChronolineCliTest says so.
 */
final class CompletionScript {
    /** The top-level command's completion of a word that begins with a dash, as picocli writes it. */
    private static final String DASHED_WORD = "COMPREPLY=( $(compgen -W \"${flag_opts} ${arg_opts}\" -- \"${curr_word}\") )";
    /** The start of the top-level command's choice by the word before, as picocli writes it. */
    private static final String BY_PREVIOUS_WORD = "  case ${prev_word} in\n    '--lang')";

    private CompletionScript() {
    }

    static String bash(CommandLine root) {
        String script = AutoComplete.bash("chronoline", root);
        int top = script.indexOf("function _picocli_chronoline() {");
        if (top < 0) {
            return script;
        }
        int end = script.indexOf("\n}\n", top);
        String function = script.substring(top, end);
        // The commands' dashed names with the options (compgen keeps only the words that begin as the typed one does).
        function = function.replace(DASHED_WORD, DASHED_WORD.replace("${arg_opts}", "${arg_opts} ${commands}"));
        // After "--lang=", which bash gives as three words: --lang, =, and what is typed after it.
        function = function.replace(BY_PREVIOUS_WORD, """
                  if [[ ${prev_word} == "=" && ${COMP_WORDS[COMP_CWORD-2]} == "--lang" ]]; then
                    COMPREPLY=( $(compgen -W "${LANGUAGE_option_args[*]}" -- "${curr_word}") )
                    return 0
                  fi
                """ + BY_PREVIOUS_WORD);
        return script.substring(0, top) + function + script.substring(end);
    }
}
