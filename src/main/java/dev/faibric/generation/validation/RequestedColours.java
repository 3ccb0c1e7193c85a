package dev.faibric.generation.validation;

import dev.faibric.composer.ColourNames.Colour;
import dev.faibric.composer.ColourRequest;
import dev.faibric.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a model's app has the colours its request named: a page background or a
 * components' colour whose hex value is in none of the app's files is a warning for the
 * chat (the app is still released; the model may have written the colour otherwise).
 */
public final class RequestedColours {

    private RequestedColours() {
    }

    /** A warning for each colour the request named that no file has. */
    public static List<String> missing(String request, List<SourceFile> files) {
        ColourRequest asked = ColourRequest.parse(request);
        List<String> warnings = new ArrayList<>();
        check("page background", asked.background(), files, warnings);
        check("component colour", asked.components(), files, warnings);
        return warnings;
    }

    private static void check(String role, @Nullable Colour colour, List<SourceFile> files, List<String> warnings) {
        if (colour == null) {
            return;
        }
        String hex = colour.hex();
        String shortHex = hex.charAt(1) == hex.charAt(2) && hex.charAt(3) == hex.charAt(4)
                && hex.charAt(5) == hex.charAt(6) ? "#" + hex.charAt(1) + hex.charAt(3) + hex.charAt(5) : null;
        for (SourceFile file : files) {
            String code = file.content().toLowerCase(Locale.ROOT);
            if (code.contains(hex) || shortHex != null && code.matches("(?s).*" + shortHex + "(?![0-9a-f]).*")) {
                return;
            }
        }
        warnings.add("the " + role + " asked for, " + colour.describe() + ", is not in the app's code");
    }

}
