package dev.faibric.composer;

/**
 * WCAG arithmetic on {@code #rrggbb} colours: relative luminance, contrast ratio and
 * mixing, as theme.ts does it in the apps.
 */
final class ColourMaths {

    /** Below this luminance white text reads better than black. */
    static final double DARK_BELOW = 0.179;

    private ColourMaths() {
    }

    static int[] rgb(String hex) {
        return new int[] { Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16) };
    }

    static double luminance(String hex) {
        int[] rgb = rgb(hex);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            linear[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static boolean dark(String hex) {
        return luminance(hex) < DARK_BELOW;
    }

    /** The mix of two colours; {@code weight} is the share of the first (0..1). */
    static String mix(String a, String b, double weight) {
        int[] ra = rgb(a);
        int[] rb = rgb(b);
        StringBuilder out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            out.append(String.format("%02x", Math.round(ra[i] * weight + rb[i] * (1 - weight))));
        }
        return out.toString();
    }

    /**
     * The colour moved towards {@code towards} just enough to reach the contrast on every
     * background.
     */
    static String readable(String colour, String towards, double minimum, String... backgrounds) {
        for (int step = 0; step <= 20; step++) {
            String candidate = mix(colour, towards, 1 - step / 20.0);
            boolean ok = true;
            for (String background : backgrounds) {
                ok &= contrast(candidate, background) >= minimum;
            }
            if (ok) {
                return candidate;
            }
        }
        return towards;
    }

}
